def kind(x):
    match x:
        case None:
            return "none"
        case bool():
            return "bool"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str() as s if len(s) > 3:
            return "long str"
        case str():
            return "str"
        case [x, y]:
            return f"pair {x},{y}"
        case (1, *rest):
            return f"starts with 1, rest {rest}"
        case {"type": t, **others}:
            return f"typed {t} {others}"
        case _:
            return "other"
for v in [None, True, -3, 2.5, "abcd", "ab", [1, 2], (1, 2, 3), {"type": "x", "a": 1}, {1}]:
    print(kind(v))
