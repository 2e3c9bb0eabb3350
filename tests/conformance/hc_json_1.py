import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "score": 9.5}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, "é", "\n"]), json.dumps("é", ensure_ascii=False))
print(json.dumps({"a": 1}, separators=(",", ":")), json.dumps((1, 2)))
print(json.loads('[1, 2.5, "x", null, true, false, {"k": []}]'))
