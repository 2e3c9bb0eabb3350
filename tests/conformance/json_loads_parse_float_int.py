import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.loads('[1, 2.5, 1e3, -0]', parse_int=str, parse_float=lambda s: "F" + s))
show(lambda: json.loads('[1, 2.5]', parse_float=float, parse_int=int))
show(lambda: json.loads('[1, 2.5]', parse_float=str))
show(lambda: json.loads('1.5', parse_float=int))
show(lambda: json.loads('12', parse_int=float))
show(lambda: json.loads('1', parse_int=1))
show(lambda: json.loads('{"a": 10}', parse_int=lambda s: int(s) * 2))
