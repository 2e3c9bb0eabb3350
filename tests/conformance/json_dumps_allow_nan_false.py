import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


nan, inf = float("nan"), float("inf")
for v in [nan, inf, -inf, [1, inf], {"a": [2, -inf]}, {"k": {"j": nan}}, (1, (2, nan))]:
    show(lambda: json.dumps(v, allow_nan=False))
show(lambda: json.dumps({nan: 1}, allow_nan=False))
show(lambda: json.dumps([{inf: 1}], allow_nan=False))
show(lambda: json.dumps([1.5, 2], allow_nan=False))
