class MyError(Exception):
    pass

def a():
    b()

def b():
    c()

def c():
    raise MyError("deep failure")

a()
