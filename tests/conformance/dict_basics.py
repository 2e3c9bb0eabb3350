d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], 'a' in d, 'z' in d, 'z' not in d)
d['c'] = 3
d['a'] = 10
print(d)
del d['b']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print({}, dict(), dict(a=1, b=2), dict([('x', 1), ['y', 2]]), dict({'k': 'v'}, k2='v2'), dict(zip('ab', range(2))))
print({1: 'int', 1.0: 'float', True: 'bool'})
print({(1, 2): 'tuple', None: 'none', frozenset({1}): 'fs', 2.5: 'float'})
e = {}
e[1] = e.get(1, 0) + 1
e[1] = e.get(1, 0) + 1
print(e, bool(e), bool({}))
print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2}, {} == [])
d
