import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.dumps())
show(lambda: json.dumps(1, 2))
show(lambda: json.dumps(1, 2, 3))
show(lambda: json.dumps(1, 2, indent=3))
show(lambda: json.dumps(1, 2, indent=3, sort_keys=True))
show(lambda: json.dumps(1, obj=2))
show(lambda: json.dumps(obj=[1]))
show(lambda: json.dumps(1, indnt=2))
show(lambda: json.dumps(1, sort_key=True))
show(lambda: json.dumps(1, xyz=True))
show(lambda: json.dumps(1, cls=None))
show(lambda: json.dumps([1], skipkeys=1, ensure_ascii=0, check_circular=[], allow_nan="", sort_keys=None))
