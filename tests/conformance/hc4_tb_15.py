import json
text = '{"a": 1, "b": [1, 2,]}'
data = json.loads(text)
