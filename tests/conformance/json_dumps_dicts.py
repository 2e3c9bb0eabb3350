import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps({}))
show(lambda: json.dumps({"b": 1, "a": 2}))
show(lambda: json.dumps({"a": {"b": {"c": {}}}}))
d = {"z": 1}
d["y"] = [d["z"], {"x": None}]
show(lambda: json.dumps(d))
d.pop("z")
show(lambda: json.dumps(d))
show(lambda: json.dumps(dict(a=1, b=[2, 3])))
