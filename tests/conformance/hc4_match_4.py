def classify(v):
    match v:
        case bool():
            return "bool"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case str() as s if not s:
            return "empty str"
        case str():
            return "str"
        case (1, 2, *rest):
            return f"starts 1,2 rest={rest}"
        case [_, _]:
            return "pair"
        case {}:
            return "mapping"
        case None:
            return "none"
    return "other"

for v in [True, -3, 2.5, "", "hi", (1, 2, 3, 4), [9, 8], {"a": 1}, None, {1}]:
    print(repr(v), classify(v))
