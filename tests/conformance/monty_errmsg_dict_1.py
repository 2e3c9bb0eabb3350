# === dict/set error messages ===
tests = [
    lambda: {}['k'],
    lambda: {}[1.5],
    lambda: {}[(1, 2)],
    lambda: {}[[1]],
    lambda: {}.pop('k'),
    lambda: {}.popitem(),
    lambda: {}.update(1),
    lambda: {}.update([1]),
    lambda: {}.update([(1, 2, 3)]),
    lambda: {}.update({}, {}),
    lambda: {}.get(),
    lambda: {}.setdefault([]),
    lambda: {}.fromkeys(1),
    lambda: dict(1),
    lambda: dict([[1]]),
    lambda: dict(a=1, **{'a': 2}),
    lambda: {} | 1,
    lambda: {} + {},
    lambda: {} < {},
    lambda: {1: 2}.keys()[0],
    lambda: set().remove(1),
    lambda: set().pop(),
    lambda: {1} | [1],
    lambda: {1} & 'a',
    lambda: {1} < 1,
    lambda: set([[1]]),
    lambda: frozenset().add(1),
    lambda: {1}.add(),
    lambda: {1}.update(1),
    lambda: {1}.issubset(1),
    lambda: set(1, 2),
    lambda: {[]: 1},
    lambda: {{}},
    lambda: hash({}),
    lambda: hash(set()),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
{'a': 1}['b']
