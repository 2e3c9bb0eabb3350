import json
def d(o):
    raise ValueError("no")
json.dumps({"a": {1}}, default=d)
