# syntax error: assign call
def f():
    return 1
f() = 2
