import json
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Encoder))
print(json.loads('{"a": 1.5}', parse_float=str) if False else "skip")
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps("\u2603"), json.dumps("\u2603", ensure_ascii=False))
print(json.dumps([1.0, 1e20, 1e-7, 0.1, -0.0]))
print(json.loads("[1.0, 1e2, -3, 1E-2]"))
json.dumps({"k": object()})
