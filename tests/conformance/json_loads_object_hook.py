import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


show(lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
show(lambda: json.loads('{}', object_hook=lambda d: "empty"))
show(lambda: json.loads('[{"x": 1}, {"y": 2}]', object_hook=len))
show(lambda: json.loads('{"a": 1}', object_hook=None))
show(lambda: json.loads('{"a": 1}', object_hook=0))
show(lambda: json.loads('[1]', object_hook=0))
calls = []
json.loads('{"o": {"i": {}}}', object_hook=lambda d: calls.append(list(d)) or len(calls))
print(calls)
