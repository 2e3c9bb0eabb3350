import json
json.dumps({"x": {1, 2}})
