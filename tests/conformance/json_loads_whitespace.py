import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in [" \t\n\r[ 1 , 2 ] \t\n\r", "{ \"a\" : 1 }", "\u00a01", "\x0c1", "\x0b1", "1\u00a0",
            "[1,\u20282]", "\u3000[]", "\n\n", "[\n]", "{\n}"]:
    show(lambda: json.loads(doc))
