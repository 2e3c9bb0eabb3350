# exceptions from builtins: messages
tests = [
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: "abc".index("z"),
    lambda: int("1.5"),
    lambda: len(5),
    lambda: None + 1,
    lambda: [1, 2][1.0],
    lambda: sorted([1, "a"]),
    lambda: iter(3),
    lambda: next(iter([])),
    lambda: object().x,
    lambda: "x".foo(),
    lambda: (1, 2).append(3),
    lambda: abs("s"),
    lambda: hash([]),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, "|", e)
