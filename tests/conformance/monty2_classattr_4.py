# setattr/getattr/delattr/hasattr on instances and classes
class Obj:
    pass

o = Obj()
setattr(o, "a", 1)
setattr(Obj, "b", 2)
assert o.a == 1 and o.b == 2
assert getattr(o, "c", None) is None
assert hasattr(o, "b") and not hasattr(o, "c")
delattr(o, "a")
assert not hasattr(o, "a")
assert sorted(k for k in vars(o)) == []
o.__dict__["z"] = 26
assert o.z == 26
print(getattr(o, "z"), Obj.b)
delattr(o, "b")
