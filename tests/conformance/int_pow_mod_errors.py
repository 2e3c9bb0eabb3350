for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2, 3, 5.0), (2, 3.0, 5), (2.0, 3, 5), (2, -1, 0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print((10**400) ** -1)
except OverflowError as e:
    print("OverflowError", e)
print(2 ** -(10**4))
