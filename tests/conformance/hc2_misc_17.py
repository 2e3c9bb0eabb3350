# string-keyed dispatch of operations with error handling
import math
OPS = {
    "add": lambda a, b: a + b,
    "div": lambda a, b: a / b,
    "pow": pow,
    "log": lambda a, b: math.log(a, b),
}
def calc(expr):
    op, a, b = expr.split()
    return OPS[op](float(a), float(b))
for e in ["add 1 2", "div 1 4", "pow 2 10", "log 8 2", "div 1 0", "mod 1 2", "add x 1"]:
    try:
        print(e, "=", calc(e))
    except (ZeroDivisionError, KeyError, ValueError) as err:
        print(e, "->", type(err).__name__, err)
calc("add 1")
