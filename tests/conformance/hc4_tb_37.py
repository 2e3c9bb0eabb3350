def outer():
    try:
        return inner()
    finally:
        print("outer cleanup")

def inner():
    raise NotImplementedError("inner is not implemented")

outer()
