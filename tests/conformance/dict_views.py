d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d['c'] = 3
print(k, v, i)
print('a' in k, 'z' in k, 2 in v, ('a', 1) in i, ('a', 2) in i, ['a', 1] in i, 'a' in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(sorted(k), sorted(v), sorted(i))
print(k == {'a', 'b', 'c'}, k == {'a'}, k != {'a'}, k < {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c'}, k > {'a'}, k >= {'a', 'b', 'c', 'e'})
print(i == {('a', 1), ('b', 2), ('c', 3)}, v == v, v == d.values(), k == d.keys())
print(k.isdisjoint(['x', 'y']), k.isdisjoint('a'), i.isdisjoint([('a', 1)]))
for key, val in d.items():
    print(key, val, end=' | ')
print()
print([x for x in k], {x: y for x, y in i})
