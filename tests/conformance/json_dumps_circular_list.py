import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


a = [1]
a.append(a)
show(lambda: json.dumps(a))
b = [[], []]
b[1].append(b)
show(lambda: json.dumps(b))
c = [0]
shared = [c, c, c]
show(lambda: json.dumps(shared))
show(lambda: json.dumps([shared, shared]))
