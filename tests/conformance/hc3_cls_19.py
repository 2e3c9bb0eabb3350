class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}: frozen")
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"Frozen({inner})"
f = Frozen(a=1, b="x")
print(f, f.a)
f.a = 2
