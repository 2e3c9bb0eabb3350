# __class_getitem__ and generic-looking classes
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
    def __init__(self, v):
        self.v = v

assert Box[int] == "Box[int]"
assert Box[str] == "Box[str]"
assert Box(1).v == 1
print(Box[float])
Box(1)[0]
