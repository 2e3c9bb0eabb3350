import sys
print(sys.exc_info(), sys.exception())
class AppError(Exception):
    pass
try:
    raise AppError("boom")
except AppError:
    t, v, _ = sys.exc_info()
    print(t.__name__, v, t is AppError, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print("back to", repr(sys.exception()))
print(sys.exc_info()[:2], sys.exception())
def report():
    et, ev, _ = sys.exc_info()
    return f"{et.__name__}: {ev}"
try:
    1 / 0
except ZeroDivisionError:
    print(report())
try:
    try:
        raise ValueError("in finally")
    finally:
        print("finally sees", repr(sys.exception()))
except ValueError:
    pass
def gen():
    try:
        raise IndexError("gen")
    except IndexError:
        yield sys.exception()
print(repr(next(gen())), sys.exception())
sys.exc_info(1)
