acc = 0j
for k in range(1, 6):
    acc += k * 1j
    acc *= 1 - 0.5j
print(acc)
vals = [3 + 4j, -1j, 0j, 2.5, 1j]
print(vals.count(1j), vals.index(0j), 1j in vals, (1j,) * 2, [1j] + [2j], vals[::-1])
print(list(reversed([1j, 2j])), dict.fromkeys([1j, 1j + 0]), set([1j, 1j]), frozenset([2j]) == {2j})
print(str([complex(-0.0, 0), complex(0, -0.0)]), repr((1j, -1j)), {1j: [2j]})
pairs = {}
for z in [1 + 1j, 1 + 1j, 2 - 1j]:
    pairs[z] = pairs.get(z, 0) + 1
print(pairs)
