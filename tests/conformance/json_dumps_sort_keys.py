import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


d = {"b": 1, "a": {"d": 2, "c": 3}, "A": [{"z": 0, "y": 1}]}
show(lambda: json.dumps(d, sort_keys=True))
show(lambda: json.dumps(d, sort_keys=True, indent=2))
show(lambda: json.dumps({3: "c", 1: "a", 2.5: "b"}, sort_keys=True))
show(lambda: json.dumps({"\u00e9": 1, "e": 2, "z": 3}, sort_keys=True))
show(lambda: json.dumps({True: 1, 0: 2}, sort_keys=True))
