def f():
    try:
        int("nope")
    except ValueError as e:
        print("logging:", e)
        raise e
f()
