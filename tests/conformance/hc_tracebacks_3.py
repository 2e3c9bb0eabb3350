def outer():
    try:
        inner()
    except ValueError:
        raise TypeError("converted")
def inner():
    raise ValueError("original")
outer()
