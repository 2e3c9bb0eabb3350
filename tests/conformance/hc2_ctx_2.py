# exception in __exit__ replaces the original
class Flaky:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")
with Flaky():
    raise KeyError("body")
