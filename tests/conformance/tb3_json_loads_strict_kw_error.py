import json
json.loads('{"a": 1', strict=False)
