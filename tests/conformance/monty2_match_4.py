# literal, capture, wildcard, or-pattern, as-pattern, guards
def classify(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num:
            return f"number {num}"
        case "" :
            return "empty str"
        case str() as s if len(s) > 3:
            return "long str"
        case str(s):
            return "short " + s
        case [] | ():
            return "empty seq"
        case _:
            return "other"

cases = [None, True, 0, 0.0, -3, 7, 2.5, "", "hello", "hi", [], (), {}, False]
print([classify(c) for c in cases])
classify(1)
