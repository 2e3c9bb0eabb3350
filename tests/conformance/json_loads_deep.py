import json

n = 5000
v = json.loads("[" * n + "]" * n)
depth = 0
while v:
    v = v[0]
    depth += 1
print(depth)
d = json.loads('{"a":' * 5000 + "1" + "}" * 5000)
k = 0
while isinstance(d, dict):
    d = d["a"]
    k += 1
print(k, d)
