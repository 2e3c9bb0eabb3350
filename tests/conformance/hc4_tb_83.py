def f():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise

f()
