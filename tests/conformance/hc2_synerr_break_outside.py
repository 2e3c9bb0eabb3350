# syntax error: break outside
def f():
    break
