# === misc error messages ===
def gen():
    yield 1
tests = [
    lambda: next(gen()) + next(iter([])),
    lambda: None(),
    lambda: 'a'(),
    lambda: [](),
    lambda: (1,)(),
    lambda: 1[0],
    lambda: None[0],
    lambda: len[0],
    lambda: gen()[0],
    lambda: 1.5[0],
    lambda: {1}[0],
    lambda: iter(1),
    lambda: iter(None),
    lambda: next(None),
    lambda: list(None),
    lambda: [x for x in 5],
    lambda: {**[]},
    lambda: print(*None),
    lambda: len(gen()),
    lambda: len(1.5),
    lambda: reversed(gen()),
    lambda: sorted(1),
    lambda: 'a'.nope,
    lambda: (1).nope,
    lambda: [].nope,
    lambda: None.nope,
    lambda: gen().nope,
    lambda: len.nope,
    lambda: int.nope,
    lambda: setattr([], 'x', 1),
    lambda: setattr('a', 'upper', 1),
    lambda: delattr([], 'append'),
    lambda: getattr([], 1),
    lambda: hasattr([], None),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
x = 5
x.y = 1
