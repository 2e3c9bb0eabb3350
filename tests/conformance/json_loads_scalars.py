import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ["null", "true", "false", "0", "-1", "\"s\"", " 1 ", "\n\ttrue\r\n", "\"\""]:
    show(lambda: json.loads(doc))
