def f(x):
    try:
        y = int(x)
    except ValueError:
        print("bad input")
        return None
    else:
        print("parsed", y)
        return [1, 2, 3][y]
print(f("abc"))
print(f("1"))
print(f("7"))
