# a script with a syntax error: missing colon
def f(x)
    return x
