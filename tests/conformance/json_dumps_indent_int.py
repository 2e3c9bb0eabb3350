import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


v = {"a": [1, 2, {"b": None}], "c": "d", "e": {}}
for n in [1, 2, 4, 8]:
    print(json.dumps(v, indent=n))
print(json.dumps([1, [2, [3]]], indent=3))
