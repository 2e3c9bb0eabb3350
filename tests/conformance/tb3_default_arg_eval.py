def f(x=int("a")):
    return x
