import json
raw = "{\"a\": 1,}"
data = json.loads(raw)
