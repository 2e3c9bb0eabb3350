import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


inner = [1, 2]
show(lambda: json.dumps([inner, inner, {"i": inner}], check_circular=False))
a = []
a.append(a)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError")
