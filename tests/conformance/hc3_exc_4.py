try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad math") from e
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        [][0]
    except IndexError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)
try:
    raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__))
