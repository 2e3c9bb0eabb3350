tests = [
    lambda: "abc".index("z"),
    lambda: [1].index(2),
    lambda: (1,).index(2),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: [].remove(1),
    lambda: "x" * "y",
    lambda: int("1", 1),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: bytes([256]),
    lambda: "a".join([None]),
    lambda: list(range(3))["1"],
    lambda: {1, 2}[0],
    lambda: (1, 2) + [3],
    lambda: dict([(1, 2, 3)]),
    lambda: sorted([1], key=1),
    lambda: "abc".startswith(["a"]),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
