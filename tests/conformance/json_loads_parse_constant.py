import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
show(lambda: json.loads('[NaN]', parse_constant=3))
show(lambda: json.loads('[1, NaN]', parse_constant=str.lower))
show(lambda: json.loads('-Infinity', parse_constant=len))
