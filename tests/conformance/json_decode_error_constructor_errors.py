import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.JSONDecodeError())
show(lambda: json.JSONDecodeError("m"))
show(lambda: json.JSONDecodeError("m", "d"))
show(lambda: json.JSONDecodeError("m", "d", 1, 2))
show(lambda: json.JSONDecodeError("m", "d", 1, ps=1))
show(lambda: json.JSONDecodeError("m", "d", ps=1))
show(lambda: json.JSONDecodeError("m", msg="m", doc="d", pos=0))
show(lambda: json.JSONDecodeError("m", "abc", "x"))
show(lambda: json.JSONDecodeError("m", 5, 1))
