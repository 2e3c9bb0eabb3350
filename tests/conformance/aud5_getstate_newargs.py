# __getnewargs__ of the immutable built-ins (the plain value, in a 1-tuple) and
# object.__getstate__ (None, or the instance's own attribute dict, or (None, slots))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class I(int):
    pass

class S(str):
    pass

class T(tuple):
    pass

for v in (1, -5, 10**30, True, 1.5, "abc", b"xy", (1, 2), 2j, I(7), S("s"), T((1,))):
    args = v.__getnewargs__()
    print(type(v).__name__, args, type(args[0]).__name__)
attempt(lambda: (1).__getnewargs__(1))
attempt(lambda: "a".__getnewargs__(x=1))
attempt(lambda: int.__getnewargs__(3))
attempt(lambda: [].__getnewargs__())
attempt(lambda: {}.__getnewargs__())

class P:
    pass

p = P()
print(p.__getstate__(), object().__getstate__(), [1].__getstate__(), (1).__getstate__())
p.x = 1
state = p.__getstate__()
print(state, state is p.__dict__)
del p.x
print(p.__getstate__())

class Slotted:
    __slots__ = ("a", "b")

s = Slotted()
print(s.__getstate__())
s.a = 5
print(s.__getstate__())

e = ValueError("v")
print(e.__getstate__())
e.extra = 2
print(e.__getstate__())
attempt(lambda: object().__getstate__(1))
attempt(lambda: object.__getstate__(p))

class Custom:
    def __init__(self):
        self.k = "v"
    def __getstate__(self):
        return {"custom": super().__getstate__()}

print(Custom().__getstate__())
print("__getstate__" in dir(object()), "__getnewargs__" in dir(1), "__getnewargs__" in dir([]))
