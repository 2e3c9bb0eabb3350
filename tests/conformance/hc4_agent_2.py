import json
raw = '{"users": [{"name": "Ann", "age": 31, "active": true}, {"name": "Bob", "age": null, "active": false}]}'
data = json.loads(raw)
active = [u["name"] for u in data["users"] if u["active"]]
ages = [u["age"] for u in data["users"] if u["age"] is not None]
out = json.dumps({"active": active, "mean_age": sum(ages) / len(ages)}, sort_keys=True)
print(out)
print(json.dumps(data, indent=2))
json.loads(out)
