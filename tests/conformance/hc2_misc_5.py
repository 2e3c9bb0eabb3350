# del statement variants
a = 1
b = [1, 2, 3]
c = {"k": 1, "j": 2}
class O:
    pass
o = O()
o.attr = 5
del a, b[0], c["k"], o.attr
print(b, c, hasattr(o, "attr"))
try:
    a
except NameError as e:
    print(e)
del o.attr
