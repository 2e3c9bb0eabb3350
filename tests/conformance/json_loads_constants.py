import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ["NaN", "Infinity", "-Infinity", "[NaN, Infinity, -Infinity]", "nan", "inf", "-inf",
            "-NaN", "+Infinity", "Infinit", "NaNx", "{\"a\": NaN}", "infinity"]:
    show(lambda: json.loads(doc))
