def f():
    try:
        raise ValueError("in try")
    finally:
        print("finally sees the error")
        {}["missing"]

f()
