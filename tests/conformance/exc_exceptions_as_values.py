errors = [ValueError("a"), KeyError("b"), TypeError()]
print([type(e).__name__ for e in errors])
print([isinstance(e, LookupError) for e in errors])
def make(cls, *args):
    return cls(*args)
e = make(IndexError, "made", 1)
print(repr(e), e.args[1])
caught = []
for exc in errors:
    try:
        raise exc
    except Exception as err:
        caught.append(err is exc)
caught
