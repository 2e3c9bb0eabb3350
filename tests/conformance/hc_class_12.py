class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.__dict__, type(p).__name__, Point.__name__, Point.__qualname__)
print(str(p).startswith("<__main__.Point object at"), repr(p) == str(p))
class Empty:
    pass
print(Empty.__doc__, Empty.__module__)
class WithDoc:
    """Docstring here."""
print(WithDoc.__doc__)
Point(1)
