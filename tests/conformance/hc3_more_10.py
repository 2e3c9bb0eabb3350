import json
data = {"name": "Widget", "price": 9.5, "tags": ["a", "b"], "stock": None, "ok": True, "n": 10 ** 20}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=4, sort_keys=True))
back = json.loads(s)
print(back == data, type(back["n"]).__name__, back["stock"] is None)
print(json.dumps([1.0, 0.1, 1e20, 1e-7, float("inf")]))
print(json.dumps({1: "int key", True: "bool", None: "none", 2.5: "f"}))
print(json.dumps("\u2603 \x00 \t"), json.dumps("\u2603", ensure_ascii=False))
json.dumps(float("nan"), allow_nan=False)
