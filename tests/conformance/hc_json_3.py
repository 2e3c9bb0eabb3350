import json
class Obj:
    def __init__(self):
        self.x = 1
def default(o):
    if isinstance(o, Obj):
        return {"x": o.x}
    raise TypeError("nope")
print(json.dumps([Obj()], default=default))
print(json.dumps({"b": 1, "a": [1, {"z": None}]}, indent=4))
rt = json.loads(json.dumps({"nested": {"list": [1, 2, {"deep": "yes"}]}}))
print(rt["nested"]["list"][2]["deep"])
json.dumps(Obj())
