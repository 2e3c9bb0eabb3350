import json
data = '{"a": [1, 2,'
json.loads(data)
