import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps({1, 2, 3}, default=sorted))
show(lambda: json.dumps({"s": {3, 1}}, default=sorted))
show(lambda: json.dumps(b"bytes", default=repr))
show(lambda: json.dumps([range(3)], default=list))
show(lambda: json.dumps({"r": range(2)}, default=lambda o: {"range": list(o)}))
show(lambda: json.dumps([{1}, {2}], default=lambda o: sorted(o)[0]))
show(lambda: json.dumps(frozenset([5]), default=lambda o: [list(o), (1, 2)], indent=1))
show(lambda: json.dumps([1, 2], default=1))
