# run: --max-instructions 100000
class Spin:
    def __repr__(self):
        try:
            while True:
                pass
        except BaseException:
            return "caught"
print([Spin()])
# expect: limit instructions
