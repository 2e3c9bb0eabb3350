import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ["[1 2]", "[1", "[1,2", "{\"a\":1 \"b\":2}", "{\"a\":1", "{\"a\" 1}", "{\"a\"}",
            "{\"a\"", "{\"a\":1,\"b\"}", "[1}", "{\"a\":1]", "[1;2]", "{\"a\"=1}"]:
    show(lambda: json.loads(doc))
