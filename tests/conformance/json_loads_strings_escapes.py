import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ['"\\""', '"\\\\"', '"\\/"', '"\\b\\f\\n\\r\\t"', '"a\\nb"', '"\\u0041\\u00e9\\u4e2d"',
            '"\\u0000"', '"caf\u00e9"', '"\U0001f600"', '"tab\\tend"', '"\x7f"', '"\\u00E9\\u00e9"']:
    show(lambda: json.loads(doc))
