# int/str/float constructors with bad arguments
for f, arg in [(int, "  12  "), (int, "1e3"), (float, "1e3"), (int, None), (float, ""), (int, [1]), (str, 5)]:
    try:
        print(f.__name__, repr(f(arg)))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
int("9" * 5000)
