import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps({1, 2}, default=lambda o: o))
show(lambda: json.dumps([{1}], default=lambda o: [o]))
s = {1}
show(lambda: json.dumps([s, s], default=list))
show(lambda: json.dumps({1, 2}, default=list, check_circular=False))
