import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ["1 2", "[1]x", "[1] x", "{} {}", "nulls", "01", "123abc", "\"a\"b", "true false",
            "[]\n\n]", "\"\u00e9\u00e9\" x"]:
    show(lambda: json.loads(doc))
