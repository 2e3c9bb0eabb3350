import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


out = [1, {2}, 3]


def grow(o):
    out.append(4)
    return sorted(o)


show(lambda: json.dumps(out, default=grow))
print(out)
