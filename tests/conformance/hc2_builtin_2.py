# getattr/setattr/hasattr/delattr
class Obj:
    a = 1
o = Obj()
setattr(o, "b", 2)
print(getattr(o, "a"), getattr(o, "b"), getattr(o, "c", "dflt"), hasattr(o, "b"), hasattr(o, "c"))
delattr(o, "b")
print(hasattr(o, "b"), getattr(Obj, "a"), getattr("str", "upper")())
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
getattr(o, "zzz")
