class Stack:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return f"Stack({self.items!r})"
    def __eq__(self, other):
        return type(self) is type(other) and self.items == other.items
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"

print(Stack[int], Stack() == Stack(), Stack() != Stack(), Stack() == [])
try:
    hash(Stack())
except TypeError as e:
    print(e)
class Child(Stack):
    def __init__(self, *xs):
        super().__init__()
        self.items.extend(xs)
print(Child(1, 2), Child(1) == Stack())
super(Child, Child(1)).__repr__()
