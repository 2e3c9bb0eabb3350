import json
json.dumps([1], separators=5)
