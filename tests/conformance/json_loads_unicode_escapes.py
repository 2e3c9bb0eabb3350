import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ['"\\ud83d\\ude00"', '"\\uD83D\\uDE00"', '"\\ud800"', '"\\udc00"', '"\\ud800\\u0041"',
            '"\\ud800x"', '"\\udbff\\udfff"', '"\\ud800\\ud800"', '"\\udc00\\ud800"',
            '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"\\ud800\\n"', '"\\u12"', '"\\u12g4"', '"\\u"',
            '"\\u1234', '"\\u123"', '"\\U0041"']:
    show(lambda: json.loads(doc))
