import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for s in ["\U0001f600", "\U00010000", "\U0010ffff", "\ud800", "\udc00", "\ud800\udc00", "a\udfffb"]:
    show(lambda: json.dumps(s))
    show(lambda: json.dumps(s, ensure_ascii=False))
