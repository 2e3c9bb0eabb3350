class M:
    pass
for f in (lambda: None * "x", lambda: M() * "x", lambda: "x" * M(), lambda: M() * [1], lambda: 2.5 * "x", lambda: "x" + M(), lambda: [1] + M(), lambda: (1,) + M(), lambda: b"x" + M(), lambda: M() + "x"):
    try:
        f()
    except TypeError as e:
        print(e)
