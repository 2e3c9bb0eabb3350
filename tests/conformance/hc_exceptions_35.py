def f():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e
try:
    f()
except ValueError as e:
    print(repr(e.__cause__), e.__cause__.__class__.__name__, e.__context__ is e.__cause__)
class E(Exception):
    def __init__(self, code):
        self.code = code
e = E(404)
print(e.args, str(e), repr(e), e.code)
class F(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
print(str(F(1, 2)), repr(F("x", None)))
print(str(KeyError("a", "b")), repr(OSError("disk full")), str(OSError("disk full")))
f()
