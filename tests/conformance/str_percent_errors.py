cases = [("%d", "a"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", 1), ("%(a)s", {}), ("%z", 1), ("%c", "ab"),
         ("%c", 1.5), ("%x", 1.5), ("%d", [1]), ("%", ()), ("%*d", ("a", 1)), ("a", 1), ("%e", "a"), ("%f", None),
         ("%c", 0x110000), ("%c", -1), ("%(", {}), ("%(a", {"a": 1}), ("%s %", 1), ("%5%", ()), ("%5%", (1,)),
         ("%(a)s %s", {"a": 1}), ("%(a)s", []), ("%(a)s", "x"), ("%é", 1), ("%d", float("nan")), ("%d", float("inf")),
         ("%s %s", [1, 2])]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
"%d items" % "three"
