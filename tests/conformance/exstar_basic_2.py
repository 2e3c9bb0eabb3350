import sys
def f():
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
    except* ValueError as e:
        print("caught", repr(e))
        print(repr(sys.exception()))
    except* TypeError as e:
        print("caught", repr(e))
    else:
        print("else")
    finally:
        print("finally")
    print("after")
f()
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled V")
except ExceptionGroup as rest:
    print("rest", repr(rest), rest.exceptions)
try:
    pass
except* ValueError:
    print("no")
else:
    print("else runs")
