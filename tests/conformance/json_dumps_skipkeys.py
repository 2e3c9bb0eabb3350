import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


d = {(1, 2): 3, "a": 1, b"b": 2, 7: 8}
show(lambda: json.dumps(d, skipkeys=True))
show(lambda: json.dumps(d, skipkeys=True, indent=2))
show(lambda: json.dumps({(1,): 1}, skipkeys=True))
show(lambda: json.dumps({(1,): 1}, skipkeys=True, indent=2))
show(lambda: json.dumps([{(1,): 1}, {}], skipkeys=True, indent=1))
show(lambda: json.dumps(d, skipkeys="yes"))
