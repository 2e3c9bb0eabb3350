import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.loads('"a\nb\tc\x00"', strict=False))
show(lambda: json.loads('"a\nb"', strict=True))
show(lambda: json.loads('"a\nb"', strict=0))
show(lambda: json.loads('{"k\x01": "v\x1f"}', strict=False))
show(lambda: json.loads('"\\x"', strict=False))
