def inner():
    raise ValueError("deep")
def outer():
    try:
        inner()
    except ValueError:
        raise
outer()
