# with statement __exit__ receiving exception info
class Tracker:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return None
with Tracker() as r:
    print("using", r)
try:
    with Tracker():
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with Tracker(), Tracker() as second:
    int("bad")
