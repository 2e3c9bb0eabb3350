print("start")
try:
    raise ValueError("first")
except ValueError:
    try:
        raise TypeError("second")
    finally:
        print("inner finally")
