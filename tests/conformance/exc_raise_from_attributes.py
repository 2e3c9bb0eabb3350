try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(type(v.__cause__).__name__, v.__suppress_context__)
    print(type(v.__context__).__name__)
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("replaced") from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__, type(t.__context__).__name__)
try:
    raise IndexError("plain")
except IndexError as p:
    print(p.__cause__, p.__context__, p.__suppress_context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2)
except ValueError as c:
    (repr(c.__context__), c.__cause__)
