def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(len, "four"))
fns = [abs, str, bool, add.__name__]
print(fns[0](-1), fns[1](2), fns[2](0), fns[3])
alias = add
print(alias is add, alias.__name__, alias(1, 1))
print(callable(add), callable(ops), callable(print))
