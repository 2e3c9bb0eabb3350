import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


nan, inf = float("nan"), float("inf")
show(lambda: json.dumps(nan))
show(lambda: json.dumps([inf, -inf, nan]))
show(lambda: json.dumps({"x": inf}))
show(lambda: json.dumps({nan: 1, inf: 2, -inf: 3}))
show(lambda: json.dumps([nan], allow_nan=True))
