import json
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"ids": {3, 1, 2}}, cls=Encoder))
print(json.dumps([1, 2], separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, {"c": None}]}, indent=1, sort_keys=True))
print(json.loads("[1, 2.5, \"x\", {\"k\": false}]"))
json.dumps({"s": object()}, cls=Encoder)
