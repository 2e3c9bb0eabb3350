class Timer:
    def __init__(self):
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, *exc):
        print("exit with", exc[0].__name__ if exc[0] else None)
        return isinstance(exc[1], ZeroDivisionError)

t = Timer()
with t as same:
    assert same is t
with t:
    1 / 0
print("suppressed zero div", t.entered)
with t:
    int("x")
