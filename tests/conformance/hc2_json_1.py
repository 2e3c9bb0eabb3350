# json dumps options
import json
data = {"name": "Zoë", "tags": ["a", "b"], "n": 1.5, "ok": True, "none": None, "nested": {"x": [1, {"y": 2}]}}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("é\n\"q\""), json.dumps(1e100), json.dumps(10 ** 20))
json.dumps({"s": {1, 2}})
