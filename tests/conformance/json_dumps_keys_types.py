import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps({1: "i", 2.5: "f", None: "n", True: "t", False: "f2"}))
show(lambda: json.dumps({-0.0: 0, 1e100: 1, 2**70: 2, -5: 3}))
show(lambda: json.dumps({float("inf"): 1, float("-inf"): 2}))
show(lambda: json.dumps({0.1: "a"}, sort_keys=False))
show(lambda: json.dumps({1: {2: {3: 4}}}))
