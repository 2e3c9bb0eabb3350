# === enumerate and zip over lists ===
names = ['ann', 'bob', 'cy']
ages = [30, 25]
pairs = list(zip(names, ages))
assert pairs == [('ann', 30), ('bob', 25)], pairs
indexed = {n: i for i, n in enumerate(names, start=1)}
assert indexed == {'ann': 1, 'bob': 2, 'cy': 3}, indexed
unz = list(zip(*pairs))
assert unz == [('ann', 'bob'), (30, 25)], unz
list(zip(names, ages, strict=True))
