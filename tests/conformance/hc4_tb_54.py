def outer():
    try:
        raise ValueError("first problem")
    except ValueError:
        helper()

def helper():
    raise KeyError("second problem")

outer()
