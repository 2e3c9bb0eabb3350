import json
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("trailing comma", lambda: json.loads('{"a": 1,}'))
attempt("single quotes", lambda: json.loads("{'a': 1}"))
attempt("empty", lambda: json.loads(""))
attempt("none", lambda: json.loads(None))
attempt("python literal", lambda: json.loads("True"))
attempt("nan", lambda: json.loads("NaN"))
attempt("extra", lambda: json.loads('{"a": 1} {"b": 2}'))
attempt("bytes", lambda: json.loads(b'{"a": [1, 2.5, null]}'))
attempt("unterminated", lambda: json.loads('{"a": "x'))
attempt("set", lambda: json.dumps({1, 2}))
attempt("object", lambda: json.dumps(object()))
attempt("tuple key", lambda: json.dumps({(1, 2): "x"}))
attempt("mixed keys sort", lambda: json.dumps({1: "a", "b": 2}, sort_keys=True))
attempt("default", lambda: json.dumps({"s": {3, 1, 2}}, default=sorted))
attempt("default bad", lambda: json.dumps({"s": {3}}, default=lambda o: o))
attempt("indent", lambda: json.dumps({"a": [1, {"b": None}]}, indent=2))
attempt("separators", lambda: json.dumps([1, 2], separators=(",", ":")))
attempt("ascii", lambda: json.dumps("héllo ✓"))
attempt("no ascii", lambda: json.dumps("héllo ✓", ensure_ascii=False))
attempt("inf", lambda: json.dumps(float("inf")))
attempt("inf strict", lambda: json.dumps(float("nan"), allow_nan=False))
attempt("bad indent type", lambda: json.dumps([1], indent="\t"))
attempt("int keys", lambda: json.loads(json.dumps({1: 2, 2.5: 3, None: 4, True: 5})))
try:
    json.loads('[1, 2,\n 3,, 4]')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
data = '{"users": [{"name": "a", "age": 30}, {"name": "b"}]}'
users = json.loads(data)["users"]
total = sum(u["age"] for u in users)
