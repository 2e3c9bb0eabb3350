def evaluate(expr):
    match expr:
        case int() | float():
            return expr
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("-", a):
            return -evaluate(a)
        case ("/", a, b):
            d = evaluate(b)
            if d == 0:
                raise ZeroDivisionError("division by zero in expr")
            return evaluate(a) / d
        case _:
            raise ValueError(f"bad expression: {expr!r}")
print(evaluate(("+", 1, ("*", 2, 3))))
print(evaluate(("-", ("/", 9, 2))))
evaluate(("+", 1, ("/", 1, ("-", 0))))
