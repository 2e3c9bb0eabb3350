def f():
    try:
        raise ValueError("original")
    finally:
        print("in finally")
f()
