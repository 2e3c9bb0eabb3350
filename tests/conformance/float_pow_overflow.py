# overflow in ** is OverflowError (its errno text is the platform's, so only the type is shown)
for a, b in [(10.0, 400), (-10.0, 401), (2, 1024.0), (1.5, 10**4)]:
    try:
        print(a ** b)
    except OverflowError as e:
        print("OverflowError", len(e.args))
for f in (lambda: 2.0 ** 10**400, lambda: 1.0 + 10**400, lambda: 10**400 * 1.0, lambda: 10**400 % 1.0):
    try:
        f()
    except OverflowError as e:
        print("OverflowError", e)
