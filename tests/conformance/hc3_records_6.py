import json
payload = '{"users": [{"id": 1, "tags": ["a", "b"], "active": true}, {"id": 2, "tags": [], "active": false, "score": null}]}'
data = json.loads(payload)
print(data["users"][1])
active = [u["id"] for u in data["users"] if u["active"]]
print(active)
for u in data["users"]:
    u.setdefault("score", 0)
    u["score"] = u["score"] or len(u["tags"]) * 10
print(json.dumps(data, sort_keys=True))
print(json.dumps(data["users"][0], indent=2))
json.dumps({"x": 1.5, "y": [True, None], "z": "é"})
