import json
def h(d):
    raise ValueError("hook")
json.loads('{"a": 1}', object_hook=h)
