import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p))
show(lambda: json.loads('{}', object_pairs_hook=lambda p: p))
show(lambda: json.loads('{"a": {"b": 1}}', object_pairs_hook=tuple))
show(lambda: json.loads('{"a": {"b": 1}}', object_pairs_hook=lambda p: p, object_hook=lambda d: 1))
show(lambda: json.loads('{"a": 1}', object_pairs_hook=dict))
show(lambda: json.loads('{"a": 1}', object_pairs_hook=0))
