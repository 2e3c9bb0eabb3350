import json


def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "__notes__", ""))


for doc in ["{}", "{ }", "{\"a\": 1}", "{\"b\": 1, \"a\": 2}", "{\"a\": 1, \"a\": 2}",
            "{\"a\": 1, \"b\": 2, \"a\": 3}", "{\"\": 0}", "{\"k\": {\"k\": {\"k\": []}}}",
            "{\"caf\u00e9\": \"\\u00e9\"}", "{\"1\": 1, \"01\": 2}"]:
    show(lambda: json.loads(doc))
print(list(json.loads('{"z": 1, "a": 2, "m": 3}')))
