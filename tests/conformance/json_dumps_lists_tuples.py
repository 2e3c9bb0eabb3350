import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps([]))
show(lambda: json.dumps(()))
show(lambda: json.dumps((1,)))
show(lambda: json.dumps([1, (2, 3), [4, (5, [6])]]))
show(lambda: json.dumps([[[]]]))
show(lambda: json.dumps([None, True, "x", 1.5]))
t = (1, 2)
show(lambda: json.dumps([t, t, t]))
