import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ['"abc', '"a\\', '"\\', '"\\x"', '"\\a"', '"\\\'"', '"a\nb"', '"a\tb"', '"a\x00"',
            '"a\x1f"', '["a', '{"', '{"a', '["\u00e9\u00e9", "\\q"]', '"ok" "extra"']:
    show(lambda: json.loads(doc))
