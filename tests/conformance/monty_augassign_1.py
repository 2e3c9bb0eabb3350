# === augmented assignment targets ===
d = {'a': 1}
d['a'] += 10
d.setdefault('b', [])
d['b'] += [1]
assert d == {'a': 11, 'b': [1]}, d
lst = [1, 2, 3]
lst[0] *= 5
lst[-1] **= 2
lst[1:2] += ['x']
assert lst == [5, 2, 'x', 9] or lst == [5, 2, 9], lst
t = (1,)
t += (2,)
assert t == (1, 2), 'tuple rebinds'
s = 'ab'
s *= 2
assert s == 'abab', s
nested = [[0]]
nested[0][0] += 1
assert nested == [[1]], nested
tt = ([],)
tt[0] += [1]
