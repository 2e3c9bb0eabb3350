import json
obj = {"b": [1, 2.5, None, True], "a": {"nested": "ü"}, "c": "quote\"s"}
print(json.dumps(obj))
print(json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False))
print(json.dumps(obj, separators=(",", ":")))
print(json.loads('{"x": 1e3, "y": -0, "z": [], "w": "\\u00e9"}'))
print(json.dumps([float("inf")]), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
print(json.dumps("tab\there"), json.loads("3"), json.loads('"s"'), json.loads(" null "))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.dumps({"d": {2}}, default=list))
json.loads('{"a": 1,}')
