import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps({"x": {"y": [1, 2, {3}]}}))
show(lambda: json.dumps([[[1, {"k": [b""]}]]]))
show(lambda: json.dumps((1, (2, {3}))))
show(lambda: json.dumps({1: {2: [1, {3}]}}))
show(lambda: json.dumps({1.5: {None: {True: {0}}}}))
show(lambda: json.dumps({"\u00e9": [{1}]}))
