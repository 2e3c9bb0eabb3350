import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps([1], indent=2.5))
show(lambda: json.dumps(1, indent=2.5))
show(lambda: json.dumps("str shortcut", indent=2.5))
show(lambda: json.dumps([1], indent=[1]))
show(lambda: json.dumps([1], indent=None))
show(lambda: json.dumps([1], indent=10**20))
