# with on a subscripted object that is not a context manager
managers = {"a": 5}
try:
    with managers["a"]:
        pass
except TypeError as e:
    print(e)

class OnlyExit:
    def __exit__(self, *a):
        return False

with OnlyExit():
    pass
