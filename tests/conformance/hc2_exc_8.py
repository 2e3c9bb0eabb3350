# re-raise and bare raise
def risky():
    raise PermissionError("denied")
def wrapper():
    try:
        risky()
    except OSError as e:
        print("logging:", type(e).__name__, e, isinstance(e, PermissionError))
        raise
try:
    wrapper()
except PermissionError as e:
    print("outer", e)
try:
    raise
except RuntimeError as e:
    print(e)
wrapper()
