import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


v = {"a": [1, 2], "b": {"c": 3}}
for ind in [0, -1, -10, False, True, ""]:
    show(lambda: json.dumps(v, indent=ind))
