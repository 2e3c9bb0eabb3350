# syntax error: dup param
def f(a, b, a):
    return a
