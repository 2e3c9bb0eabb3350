class P:
    def __init__(self):
        self._x = 0
    x = property(lambda self: self._x, lambda self, v: setattr(self, "_x", v * 2), doc="the x")
p = P()
p.x = 5
print(p.x, P.x.__doc__, type(P.x).__name__)
del p.x
