class NotACM:
    pass

try:
    with NotACM():
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self):
        return 1
with OnlyEnter():
    pass
