import json
from json import dumps, loads, JSONDecodeError

print(dumps([1]), loads("[2]"), JSONDecodeError.__name__)
print(json.dumps is dumps, hasattr(json, "loads"), hasattr(json, "JSONDecodeError"))
print(type(json).__name__)
