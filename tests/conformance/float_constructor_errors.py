for f in (lambda: float("1__0"), lambda: float("infinit"), lambda: float("abc"), lambda: float(""),
          lambda: float(" "), lambda: float("0x10"), lambda: float("1.5 x"), lambda: float("1.5\x00"),
          lambda: float(b"x"), lambda: float("a" * 300), lambda: float(10**400), lambda: float(None),
          lambda: float([]), lambda: float(x=1), lambda: float(1, 2)):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
