class P:
    def __init__(self):
        self._x = 0
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v
    def del_x(self):
        print("deleting")
        del self._x
    x = property(get_x, set_x, del_x, "the x")
p = P()
p.x = 5
print(p.x, P.x.__doc__)
del p.x
print(hasattr(p, "_x"))
class Q:
    @property
    def ro(self):
        return 1
q = Q()
try:
    q.ro = 2
except AttributeError as e:
    print(e)
try:
    del q.ro
except AttributeError as e:
    print(e)
print(type(Q.ro).__name__, isinstance(Q.__dict__["ro"], property))
