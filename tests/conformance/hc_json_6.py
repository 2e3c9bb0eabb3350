import json
payload = '''
{
  "users": [
    {"id": 1, "name": "Ann", "roles": ["admin", "dev"], "active": true},
    {"id": 2, "name": "Bob", "roles": [], "active": false, "meta": null}
  ],
  "count": 2,
  "ratio": 0.75
}
'''
data = json.loads(payload)
print(data["count"], data["ratio"], len(data["users"]))
active = [u["name"] for u in data["users"] if u["active"]]
print(active, data["users"][1].get("meta"), "meta" in data["users"][0])
data["users"][0]["roles"].append("ops")
print(json.dumps(data["users"][0]))
print(json.dumps(data, sort_keys=True)[:60])
print(json.dumps({"nested": {"a": [1, {"b": None}]}}, indent=1))
print(json.dumps([True, False, None, "x", 1.5, -2]))
