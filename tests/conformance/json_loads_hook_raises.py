import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.loads('{"x": 1}', object_hook=lambda d: d["k"]))
show(lambda: json.loads('[1]', parse_int=lambda s: 1 / 0))
show(lambda: json.loads('[1.5]', parse_float=lambda s: [][1]))
show(lambda: json.loads('{"a": [NaN]}', parse_constant=lambda s: int(s)))
