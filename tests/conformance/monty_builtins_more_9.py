# === any/all short circuit with generators ===
seen = []
def check(x):
    seen.append(x)
    return x > 2
assert any(check(x) for x in [1, 3, 5]), 'any'
assert seen == [1, 3], seen
seen.clear()
assert not all(check(x) for x in [3, 1, 5]), 'all'
assert seen == [3, 1], seen
assert any([[], [0]]) is True, 'returns bool'
assert all(['a', 'b']) is True, 'returns bool'
any(5)
