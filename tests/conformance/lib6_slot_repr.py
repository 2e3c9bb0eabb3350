class P:
    pass
p = P()
print(object.__eq__, object.__init__, object.__format__, int.__add__, list.__reversed__)
print(object.__getstate__, object.__new__ is not None, str.__len__, object.__hash__)
print(repr(p.__eq__).split(" at ")[0], repr((1).__add__).split(" at ")[0], repr([].__reversed__).split(" at ")[0])
print(repr(p.__format__).split(" at ")[0], repr(p.__init__).split(" at ")[0])
class Q:
    def __init__(self, x):
        object.__init__(self, x)
try:
    Q(1)
except TypeError as e:
    print("TypeError:", e)
class R(dict):
    pass
try:
    R.__setitem__(R(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    dict.__getitem__({})
except TypeError as e:
    print("TypeError:", e)
print(dict.__getitem__({1: 2}, 1), list.__getitem__([5, 6], -1), [1].__getitem__(0))
int.__add__()
