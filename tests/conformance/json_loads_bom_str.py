import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.loads("\ufeff[1]"))
show(lambda: json.loads("\ufeff"))
show(lambda: json.loads(" \ufeff1"))
show(lambda: json.loads("\ufeff1".encode("utf-8")))
