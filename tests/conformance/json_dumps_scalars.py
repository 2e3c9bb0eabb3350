import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for v in [None, True, False, 0, -1, 42, 2**63, -2**64, 10**30, "", "abc"]:
    show(lambda: json.dumps(v))
