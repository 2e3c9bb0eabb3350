import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps({1}, default=lambda o: 1 / 0))
show(lambda: json.dumps([1, {1}], default=lambda o: 1 / 0))
show(lambda: json.dumps({"k": [{1}]}, default=lambda o: [b"x"]))
show(lambda: json.dumps([{2}], default=3))
show(lambda: json.dumps({1}, default=lambda o: {(1,): 2}))
show(lambda: json.dumps([{1}], default=lambda o: float("nan"), allow_nan=False))
