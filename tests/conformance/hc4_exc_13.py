try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise KeyError("outer") from e
except KeyError as k:
    ctx = k.__context__
    print(type(ctx).__name__, ctx is k.__cause__)
x = None
try:
    x.attr
except AttributeError as e:
    print(e)
try:
    "abc".nope()
except AttributeError as e:
    print(e, e.name, e.obj)
