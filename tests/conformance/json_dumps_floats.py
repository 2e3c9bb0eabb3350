import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for v in [0.0, -0.0, 1.0, 0.1, 0.1 + 0.2, 1e16, 1e15, 1e-7, 1e-4, 123456789.123, 1e22, 5e-324,
          1.7976931348623157e308, 2.5e-300, -3.25, 1 / 3, 100.0, 1e100]:
    show(lambda: json.dumps(v))
show(lambda: json.dumps([1.5, -2.0, 3e50]))
