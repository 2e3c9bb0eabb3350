import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: len(json.dumps(10**4299)))
show(lambda: json.dumps(10**4300))
show(lambda: json.dumps([1, 10**5000]))
show(lambda: json.dumps({10**5000: 1}))
show(lambda: json.dumps(-(10**4299) + 1)[:10])
