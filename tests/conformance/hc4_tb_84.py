def f():
    try:
        int("x")
    except ValueError as e:
        saved = e
    print("later")
    raise saved

f()
