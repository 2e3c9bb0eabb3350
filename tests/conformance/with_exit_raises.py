class Closer:
    def __init__(self, fail_enter=False):
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            raise ConnectionError("cannot open")
        return self

    def __exit__(self, *exc):
        raise OSError("close failed")

def work():
    with Closer() as c:
        x = 1
    return x

try:
    with Closer(fail_enter=True):
        pass
except ConnectionError as e:
    print("enter:", e)
work()
