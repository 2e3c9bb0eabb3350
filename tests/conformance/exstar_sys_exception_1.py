import sys
print(sys.exception(), sys.exc_info())
try:
    raise ValueError("v")
except ValueError as e:
    print(repr(sys.exception()), sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
    try:
        raise KeyError("k")
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
def f():
    return sys.exception()
try:
    1 / 0
except ZeroDivisionError:
    print(repr(f()))
print(sys.exception())
