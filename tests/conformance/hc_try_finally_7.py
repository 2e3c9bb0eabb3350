# an exception that passed through a finally and was then caught is no longer being handled
def f():
    try:
        raise ValueError("through finally")
    finally:
        pass
try:
    f()
except ValueError:
    pass
try:
    try:
        raise ValueError("nested finally")
    finally:
        x = 1
except ValueError as e:
    print("caught", e)
try:
    try:
        try:
            raise KeyError("deep")
        finally:
            pass
    finally:
        pass
except KeyError:
    pass
raise RuntimeError("fresh, without context")
