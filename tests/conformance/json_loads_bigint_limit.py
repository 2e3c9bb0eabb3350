import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: len(str(json.loads("7" * 4300))))
show(lambda: json.loads("7" * 4301))
show(lambda: json.loads("-" + "7" * 4301))
show(lambda: json.loads("[" + "7" * 5000 + "]"))
show(lambda: json.loads("7" * 5000, parse_int=len))
show(lambda: json.loads("7" * 5000 + ".5") > 1e300)
