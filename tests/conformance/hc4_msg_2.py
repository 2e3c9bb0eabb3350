tests = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: divmod(1, 0),
    lambda: 0 ** -1,
    lambda: 10 ** 10 ** 10 if False else int("x" * 5000),
    lambda: float("1" * 400) * 10 ** 400,
    lambda: round(1.5, "a"),
    lambda: abs("x"),
    lambda: pow(2, 3, 0),
    lambda: 1 << -1,
    lambda: hex(1.5),
    lambda: int(float("nan")),
    lambda: int(float("inf")),
    lambda: "%d items" % (1, 2),
    lambda: "%s %s" % ("a",),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {str(e)[:80]}")
