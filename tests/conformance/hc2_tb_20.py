# exception raised inside with block and finally running
class Res:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *exc):
        print("release", exc[0].__name__ if exc[0] else None)
def work():
    with Res():
        try:
            [][0]
        finally:
            print("inner finally")
work()
