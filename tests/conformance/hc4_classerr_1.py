class A:
    def no_self():
        return 1
    def __init__(self, v=None):
        self.v = v
    @property
    def ro(self):
        return 1
class R:
    def __init__(self):
        return 5
class N:
    def __new__(cls):
        return 42
probes = [
    lambda: A().no_self(),
    lambda: R(),
    lambda: N(),
    lambda: setattr(A(), "ro", 2),
    lambda: delattr(A(), "ro"),
    lambda: A.__init__(),
    lambda: A.ro.fget(A()),
    lambda: object.__setattr__(1, "x", 2),
    lambda: A(1, 2),
    lambda: type("X", (A,), {})(v=3).v,
    lambda: super(A, A()).__init__(),
    lambda: A().__class__.__name__,
    lambda: A.__dict__["ro"].__class__.__name__,
    lambda: [c.__name__ for c in type.__mro__],
    lambda: isinstance(A, type),
]
for i, p in enumerate(probes):
    try:
        print(i, repr(p()))
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
