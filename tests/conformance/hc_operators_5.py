x = None
y = x or []
z = x and x.attr
print(y, z)
def short(v):
    print("eval", v)
    return v
r = short(0) or short(1) and short(2)
print(r)
r = short(0) and short(1)
print(r)
print(all(short(v) for v in [1, 0, 2]))
print(any(short(v) for v in [0, 3, 4]))
"truthy" if [0] else "falsy"
