import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(f"not serializable: {type(o).__name__}")
print(json.dumps([Point(1, 2), {"p": Point(3, 4)}], default=encode))
print(json.dumps({"b": [1, 2], "a": {"c": None}}, indent=2))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.dumps({"a": 1}, separators=(",", ":"), sort_keys=True), json.dumps("a\"b\\c"))
json.dumps({"p": Point(0, 0), "q": object()}, default=encode)
