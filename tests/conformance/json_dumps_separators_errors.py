import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps([1], separators=(",",)))
show(lambda: json.dumps([1], separators=(",", ":", ";")))
show(lambda: json.dumps([1], separators=[",", ":", ";"]))
show(lambda: json.dumps([1], separators=1))
show(lambda: json.dumps([1], separators="abc"))
show(lambda: json.dumps([1], separators=(1, 2)))
show(lambda: json.dumps([1], separators=(1, ":")))
show(lambda: json.dumps([1], separators=(",", None)))
show(lambda: json.dumps("s", separators=(1, 2)))
show(lambda: json.dumps("s", separators=5))
