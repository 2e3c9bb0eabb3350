def classify(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case int() | float():
            return "number"
        case "":
            return "empty str"
        case str(s):
            return f"str {s}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"head {x} rest {rest}"
        case {"type": t, **others}:
            return f"dict {t} {others}"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, -5, 3.5, "", "hi", [1, 2], [1, 2, 3], [], {"type": "a", "x": 1}, None, (1,)]:
    print(repr(v), classify(v))
