# === generator expressions with multiple fors and conditions ===
pairs = list((a, b) for a in range(4) for b in range(a) if (a + b) % 2)
assert pairs == [(1, 0), (2, 1), (3, 0), (3, 2)], pairs
total = sum(x * y for x, y in pairs)
assert total == 8, total
g = (c.upper() for c in 'abc' if c != 'b')
assert ''.join(g) == 'AC', 'join'
nested = list(list(range(i)) for i in range(3))
assert nested == [[], [0], [0, 1]], nested
assert max((len(w), w) for w in ['aa', 'b', 'cc']) == (2, 'cc'), 'max tuple'
list(x for x in range(3) if x / (x - 1))
