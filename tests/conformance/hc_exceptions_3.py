try:
    raise ValueError("bad") from KeyError("cause")
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError("x")
    except KeyError:
        raise ValueError("y") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
def f():
    raise NotImplementedError("todo")
try:
    f()
except RuntimeError as e:
    print("NotImplementedError is RuntimeError:", type(e).__name__)
