import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.loads())
show(lambda: json.loads("1", "2"))
show(lambda: json.loads("1", "2", strict=1))
show(lambda: json.loads("1", "2", object_hook=1))
show(lambda: json.loads("1", "2", object_hook=1, parse_int=2))
show(lambda: json.loads(s="1"))
show(lambda: json.loads("1", s="1"))
show(lambda: json.loads("1", foo=1))
show(lambda: json.loads("1", object_hok=None))
show(lambda: json.loads("1", strct=False))
show(lambda: json.loads("1", strict=False, xyz=1))
show(lambda: json.loads("1", cls=None))
show(lambda: json.loads(1, foo=2))
show(lambda: json.loads("x", foo=2))
