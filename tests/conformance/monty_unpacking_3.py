# === for loop unpacking ===
pairs = [(1, 'a'), (2, 'b')]
out = []
for num, (ch,) in [(n, (c,)) for n, c in pairs]:
    out.append(f'{num}{ch}')
assert out == ['1a', '2b'], out
d = {'x': 1, 'y': 2}
total = 0
for k, v in d.items():
    total += v
assert total == 3, total
for i, (a, *rest) in enumerate([[1, 2, 3], [4]]):
    out.append((i, a, rest))
assert out[-2:] == [(0, 1, [2, 3]), (1, 4, [])], out
for a, b in [(1, 2), (3,)]:
    pass
