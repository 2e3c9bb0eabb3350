# === list/tuple error messages ===
tests = [
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [1].pop('a'),
    lambda: [].remove(1),
    lambda: [].index(1),
    lambda: [1, 2].index(3, 0, 1),
    lambda: [1][2],
    lambda: [1]['a'],
    lambda: [1][None],
    lambda: [1] + (1,),
    lambda: [1] + 'a',
    lambda: [1] * 1.5,
    lambda: [1] * [1],
    lambda: [1] - [1],
    lambda: [1] < 1,
    lambda: [1, 'a'].sort(),
    lambda: sorted([None, 1]),
    lambda: [].insert('a', 1),
    lambda: [].extend(1),
    lambda: [].append(),
    lambda: list(1),
    lambda: list([], []),
    lambda: (1,)[5],
    lambda: (1,) + [1],
    lambda: (1,).index(2),
    lambda: tuple(1),
    lambda: hash(([],)),
    lambda: [1, 2, 3].__setitem__ if False else [0][slice(None, None, 0)],
    lambda: [3, 2][::1].sort(key=1),
    lambda: max([1], [2], key=len, default=0),
    lambda: [1].count(),
    lambda: [].copy(1),
    lambda: [].reverse(1),
    lambda: [].clear(1),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
x = [1, 2, 3]
x[1:3:2] = [1, 2]
