class Meth:
    def m(self, x):
        return x
    @classmethod
    def c(cls, x):
        return x
    @staticmethod
    def s(x):
        return x
o = Meth()
probes = [
    lambda: o.m(),
    lambda: o.m(1, 2),
    lambda: Meth.m(1),
    lambda: Meth.c(),
    lambda: o.s(),
    lambda: o.s(1, 2),
    lambda: o.m(y=1),
    lambda: Meth.m(o, 5),
    lambda: Meth().nope(),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: "".join(),
    lambda: "".split(1),
    lambda: "a".replace("a"),
    lambda: {}.items(1),
    lambda: (1).bit_length(2),
    lambda: "x".encode(1),
    lambda: o.m.__name__,
    lambda: o.m.__self__ is o,
    lambda: Meth.c.__self__ is Meth,
    lambda: type(o.m).__name__,
    lambda: o.m.__func__ is Meth.m,
]
for i, p in enumerate(probes):
    try:
        print(i, repr(p()))
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
