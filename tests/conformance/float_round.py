for x in (2.5, 3.5, -0.5, -1.5, 0.49999999999999994, 1e300, -2.5, 0.5, 1.5):
    print(x, round(x), type(round(x)).__name__)
for x, n in [(2.675, 2), (2.5, 0), (1e300, -300), (1.5, 2**70), (1.5, -2**70), (-1.5, -2**70),
             (1.0, 400), (1e300, -400), (float("nan"), 2), (float("inf"), 2), (1e308, -308),
             (0.125, 2), (0.375, 2), (-0.0, 1), (123.456, -1), (1.5, True)]:
    print(x, n, round(x, n))
for f in (lambda: round(float("nan")), lambda: round(float("inf")), lambda: round(-float("inf")),
          lambda: round(1.5, 1.5), lambda: round(1.5, "1"), lambda: round(1.7976931348623157e308, -308)):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
