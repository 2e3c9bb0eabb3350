# run:
def f():
    pass
f.__globals__
# expect: AttributeError
