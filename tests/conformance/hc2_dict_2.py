# dict ordering and deletion
d = {}
for k in "dbca":
    d[k] = ord(k)
print(d, list(d))
del d["b"]
d["b"] = 0
print(d)
d["d"] = 1
print(d, next(iter(d)), list(reversed(d)))
try:
    for k in d:
        d[k + k] = 1
except RuntimeError as e:
    print(e)
d["missing"]
