# json with tuples, nested structures and key sorting
import json
data = {"b": (1, 2), "a": [{"z": 1, "y": [None]}], "c": {}}
s = json.dumps(data, sort_keys=True, indent=4)
print(s)
back = json.loads(s)
print(back, back == data, back["b"])
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
json.dumps({(1, 2): "tuple key"})
