import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


v = {"a": [1, 2, {"b": None}], "c": []}
print(json.dumps(v, indent="\t"))
print(json.dumps(v, indent="--"))
print(json.dumps(v, indent=" "))
print(repr(json.dumps([1], indent="\u00e9")))
