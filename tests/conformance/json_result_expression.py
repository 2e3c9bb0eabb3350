import json

data = {"items": [{"id": i, "ok": i % 2 == 0} for i in range(3)]}
text = json.dumps(data, sort_keys=True)
json.loads(text)["items"][2]
