# dict popitem order and empty errors
d = {"x": 1, "y": 2, "z": 3}
out = []
while d:
    out.append(d.popitem())
print(out)
try:
    d.popitem()
except KeyError as e:
    print(repr(e), e.args)
e = {}
e.pop("k")
