import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ["[]", "[ ]", "[1]", "[1, 2, 3]", "[[], [[]], [1, [2]]]", "[\"a\", null, true, 1.5, {}]",
            "[1,\n2]"]:
    show(lambda: json.loads(doc))
