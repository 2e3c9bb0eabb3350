# match on tuples and nested structures
def eval_expr(e):
    match e:
        case ("num", v):
            return v
        case ("add", a, b):
            return eval_expr(a) + eval_expr(b)
        case ("mul", a, b):
            return eval_expr(a) * eval_expr(b)
        case ("neg", a):
            return -eval_expr(a)
        case _:
            raise ValueError(f"bad expr {e!r}")
expr = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(eval_expr(expr))
eval_expr(("div", 1, 2))
