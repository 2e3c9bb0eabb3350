import math
def safe(fn, *args):
    try:
        return fn(*args)
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        return f"{type(e).__name__}: {e}"
print(safe(math.sqrt, -1))
print(safe(math.exp, 1000))
print(safe(math.log, 0))
print(safe(pow, 0, -1))
print(safe(int, "1e5"))
print(safe(float, "abc"))
print(safe(len, 5))
print(safe(sorted, [1, "a"]))
print(safe(lambda: [1, 2] + (3,)))
print(safe(lambda: "a" * 2.0))
print(safe(lambda: {}.pop("x")))
