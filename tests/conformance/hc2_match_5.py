# match on builtin types with class patterns
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s if s:
            return f"str {s}"
        case str():
            return "empty str"
        case list([int(), *_]) as l:
            return f"int list len {len(l)}"
        case dict():
            return "dict"
        case _:
            return type(v).__name__
print([kind(v) for v in (True, 3, 2.5, "x", "", [1, 2], ["a"], {}, None)])
