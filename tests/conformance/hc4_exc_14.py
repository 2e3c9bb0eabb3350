def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("outer failed") from e

def inner():
    raise ValueError("inner failed")

outer()
