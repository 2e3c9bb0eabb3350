import sys
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, sys.exception() is v)
print(sys.exc_info(), sys.exception())
def f():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__.tb_lineno, e.__traceback__.tb_next
print(f())
