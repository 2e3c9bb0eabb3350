# === dict comprehension and inversion ===
src = {'a': 1, 'b': 2, 'c': 1}
inv = {}
for k, v in src.items():
    inv.setdefault(v, []).append(k)
assert inv == {1: ['a', 'c'], 2: ['b']}, inv
squares = {n: n * n for n in range(5) if n % 2}
assert squares == {1: 1, 3: 9}, squares
swapped = {v: k for k, v in src.items()}
assert swapped == {1: 'c', 2: 'b'}, swapped
{k: v for k, v in zip('abc', range(10))}
