import sys
def context_of(fn):
    try:
        fn()
    except Exception as e:
        return repr(e.__context__)
def a():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    raise ValueError("after handled")
def b():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("inside handler")
def c():
    try:
        raise KeyError("k")
    finally:
        raise ValueError("in finally")
def d():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise
    except KeyError:
        pass
    raise ValueError("later")
def e():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise TypeError("t")
        except TypeError:
            pass
        raise ValueError("nested handled")
print([context_of(fn) for fn in (a, b, c, d, e)])
print(sys.exception())
