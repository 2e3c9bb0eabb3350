def f():
    try:
        {}["k"]
    except KeyError as e:
        print("caught", e)
        raise e
f()
