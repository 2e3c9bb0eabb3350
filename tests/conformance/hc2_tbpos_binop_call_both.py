# traceback position: binop call both
def a():
    return 1
def b():
    return "s"
print(a() + b())
