import sys
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        print("handling", repr(sys.exception()))
        raise
except ExceptionGroup as eg:
    print("reraised:", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as eg:
    print("combined:", repr(eg), repr(eg.exceptions[0].__context__))
try:
    try:
        raise ValueError("only")
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("naked reraised:", repr(eg))
try:
    raise ExceptionGroup("all", [ValueError(1)])
except* ValueError:
    pass
else:
    print("not here")
finally:
    print("finally")
print(sys.exception())
