import math
tests = [
    lambda: 10 ** 400 / 1,
    lambda: float(10 ** 400),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: round(float("inf")),
    lambda: pow(0.0, -1),
    lambda: math.floor(float("nan")),
    lambda: 0 ** -1,
    lambda: 1 % 0.0,
    lambda: divmod(1.0, 0),
    lambda: math.ldexp(1.0, 5000),
    lambda: (1 << 10000) * 1.0,
    lambda: 2 ** 0.5 ** -2000 if False else 1e308 * 10 == float("inf"),
    lambda: "a" * (10 ** 20),
    lambda: len(range(10 ** 20)),
    lambda: range(10 ** 20)[-1],
    lambda: [0] * -1,
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
