# the methods of built-in types are the same object at each access
print(object.__hash__ is object.__hash__, str.upper is str.upper, list.append is list.append)
print(int.__add__ is int.__add__, dict.get is dict.get, str.join is str.join)
class Q:
    __hash__ = object.__hash__
    __eq__ = object.__eq__
print(Q.__hash__ is object.__hash__, Q.__dict__["__hash__"] is object.__hash__, Q.__eq__ is object.__eq__)
handlers = {str.upper: "up", str.lower: "low", list.append: "app"}
print(handlers[str.upper], handlers[list.append], len({str.upper, str.upper, str.lower}))
print(str.upper == str.upper, str.upper != str.lower, id(str.upper) == id(str.upper))
m = [str.upper for _ in range(3)]
print(all(x is m[0] for x in m), "a".upper is "a".upper)
handlers[str.title]
