import json
json.dumps({"a": {1}}, indent=2)
