# syntax error: indent expected
def f():
return 1
