import json
json.dumps([1], separators=(1, 2))
