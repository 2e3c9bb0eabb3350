# __slots__ restricting attributes
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
p.x = 5
assert (p.x, p.y) == (5, 2)
assert not hasattr(p, "__dict__")
print(p.x + p.y)
p.z = 3
