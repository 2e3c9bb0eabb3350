import json
data = json.loads('{"a": [1, 2]}')
print(data["a"][5])
