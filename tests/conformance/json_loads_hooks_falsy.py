import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.loads('[1.5, 2, NaN]', parse_float=0, parse_int="", parse_constant=None))
show(lambda: json.loads('[1.5, 2, NaN]', parse_float=[], parse_int=0, parse_constant=0))
show(lambda: json.loads('[1.5]', parse_float=None))
show(lambda: json.loads('{"a": 1}', object_pairs_hook=None, object_hook=None))
