for call in (lambda: "a".split(""), lambda: "a".split(1), lambda: "a".rsplit(sep=[]),
             lambda: "a".split(",", "x"), lambda: "a".split(",", 1, 2), lambda: "a".split(x=1),
             lambda: "a".rsplit(""), lambda: "a".split(",", 1.0)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
"a b".split(" ", maxsplit="2")
