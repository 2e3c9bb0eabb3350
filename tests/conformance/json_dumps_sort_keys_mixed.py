import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps({"b": 1, 1: 2}, sort_keys=True))
show(lambda: json.dumps({None: 1, "a": 2}, sort_keys=True))
show(lambda: json.dumps({True: 1, False: 2, None: 3}, sort_keys=True))
show(lambda: json.dumps([{"a": 1, 2: 3}], sort_keys=True))
show(lambda: json.dumps({(1,): 1, (0,): 2}, sort_keys=True, skipkeys=True))
