class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("cleanup failed")
def use():
    with Resource():
        raise ValueError("body failed")
try:
    use()
except OSError as e:
    print(type(e.__context__).__name__, e.__context__)
use()
