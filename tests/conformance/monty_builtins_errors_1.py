# === builtin argument errors ===
calls = [
    lambda: int('5', 2, 3),
    lambda: str(1, 2, 3, 4),
    lambda: [3, 1].sort(key=lambda x: x, reverse=None),
    lambda: divmod('a', 1),
    lambda: divmod(1, 'a'),
    lambda: divmod([], []),
    lambda: setattr(1, 'x', 2),
    lambda: 'a' in 1,
    lambda: {}[[]],
    lambda: {1}.add([]),
]
for c in calls:
    try:
        print('ok', c())
    except Exception as e:
        print(type(e).__name__, e)
divmod(None, 2)
