for f in (lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(),
          lambda: (1.5).hex(1), lambda: (1.5).is_integer(1),
          lambda: (2.5).__round__(1, 2), lambda: (2.5).__round__(ndigits=1),
          lambda: float("inf").__floor__(), lambda: float("nan").__ceil__(), lambda: (1.5).__trunc__(1)):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
