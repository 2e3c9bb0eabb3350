import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps([], indent=2))
show(lambda: json.dumps({}, indent=2))
show(lambda: json.dumps([[], {}, [[]], {"a": {}}], indent=2))
show(lambda: json.dumps({"a": [], "b": [{}]}, indent=0))
