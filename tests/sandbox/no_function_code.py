# run:
def f():
    pass
f.__code__
# expect: AttributeError
