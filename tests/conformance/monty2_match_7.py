# class patterns on builtins and mixed types
def describe(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case list([*items]):
            return f"list of {len(items)}"
        case dict(d):
            return f"dict keys {sorted(d)}"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case _:
            return type(x).__name__

print([describe(v) for v in [True, 3, 1.5, "s", [1, 2], {"b": 1, "a": 2}, (1, 2), (1, 2, 3), None]])
