import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps({1: "int", "1": "str"}))
show(lambda: json.dumps({True: "bool", "true": "str"}))
show(lambda: json.dumps({None: 1, "null": 2}))
show(lambda: json.loads(json.dumps({1: "int", "1": "str"})))
