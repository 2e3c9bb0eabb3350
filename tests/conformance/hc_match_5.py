def evaluate(expr):
    match expr:
        case int() | float() as n:
            return n
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("neg", a):
            return -evaluate(a)
        case _:
            raise ValueError(f"bad expr: {expr!r}")
print(evaluate(("+", 1, ("*", 2, 3))), evaluate(("neg", 2.5)))
evaluate(("/", 1, 2))
