d = {"x": 1}
try:
    d["y"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
