def eval_expr(e):
    match e:
        case ("num", n):
            return n
        case ("add", l, r):
            return eval_expr(l) + eval_expr(r)
        case ("mul", l, r):
            return eval_expr(l) * eval_expr(r)
        case ("neg", x):
            return -eval_expr(x)
        case _:
            raise ValueError(f"bad expr {e!r}")

expr = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(eval_expr(expr))
eval_expr(("div", ("num", 1), ("num", 2)))
