import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


d = {}
d["self"] = d
show(lambda: json.dumps(d))
e = {"list": []}
e["list"].append({"back": e})
show(lambda: json.dumps(e))
inner = {"k": 1}
show(lambda: json.dumps({"a": inner, "b": inner, "c": [inner]}))
