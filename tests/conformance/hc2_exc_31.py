# sys.exc_info and sys.exception
import sys
print(sys.exception(), sys.exc_info())
try:
    raise IndexError("idx")
except IndexError:
    e = sys.exception()
    t, v, _ = sys.exc_info()
    print(repr(e), t.__name__, v is e)
print(sys.exception())
