# literal and capture patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case other:
            return f"other {other!r}"
[describe(v) for v in (0, 2, "hello", None, True, -5, 1.0, 99, [1])]
