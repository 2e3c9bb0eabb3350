import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


doc = '{\n  "a": [1, 2,\n        x]\n}'
try:
    json.loads(doc)
except json.JSONDecodeError as e:
    print(e.msg)
    print(e.doc == doc, e.pos, e.lineno, e.colno)
    print(e.args)
    print(str(e))
    print(repr(e))
try:
    json.loads("\u00e9\u00e9\n\u00e9 x")
except ValueError as e:
    print(e.pos, e.lineno, e.colno, e)
