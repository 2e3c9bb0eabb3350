d = {"a": 1, "b": 2}
for k, v in d.items():
    d[k] = v * 10
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d.clear()
print(d, bool(d), d.get("a"), {} == dict())
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("x", {}).get("q", {}).get("z"))
nested["x"]["y"]["w"]
