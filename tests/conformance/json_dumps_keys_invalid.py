import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({"a": 1, (1,): 2}))
show(lambda: json.dumps([{"x": {frozenset(): 1}}]))
show(lambda: json.dumps({b"k": 1}))
