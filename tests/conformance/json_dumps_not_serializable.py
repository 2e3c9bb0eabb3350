import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for v in [{1, 2}, frozenset(), b"x", range(3), print, len, bytes(2)]:
    show(lambda: json.dumps(v))
show(lambda: json.dumps({"a": [1, {2}]}))
