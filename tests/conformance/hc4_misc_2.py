x = 5
del x
try:
    x
except NameError as e:
    print(e)
lst = [0, 1, 2, 3]
del lst[0], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(vars(o))
del d["zz"]
