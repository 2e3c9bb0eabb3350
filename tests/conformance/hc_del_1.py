a = [1, 2, 3, 4]
del a[0]
del a[-1]
print(a)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
v = 5
del v
try:
    v
except NameError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
x, y = 1, 2
del x, y
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
del o.attr
