tests = [
    lambda: undefined_thing,
    lambda: lenn([1]),
    lambda: [].apend(1),
    lambda: "".upperr(),
    lambda: getattr(1, "real_"),
    lambda: object().x,
    lambda: None.foo,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
