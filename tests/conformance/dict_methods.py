d = {'x': 1, 'y': 2, 'z': 3}
print(d.get('x'), d.get('q'), d.get('q', 'dflt'))
print(d.setdefault('x', 100), d.setdefault('w'), d.setdefault('v', []), d)
print(d.pop('w'), d.pop('nope', 'fallback'), d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['new'] = 1
print(d, c)
d.update({'a': 1}, b=2)
d.update([('c', 3)])
d.update(x=99)
d.update()
print(d)
d.clear()
print(d, len(d))
print(dict.fromkeys('abc'), dict.fromkeys(range(3), 0), dict.fromkeys([]), {}.fromkeys((1, 2), 'v'))
print(dict.fromkeys({3: 0, 1: 0}), dict.fromkeys({5, 6}, []))
order = {}
for k in ['one', 'two', 'three', 'four']:
    order[k] = len(k)
del order['two']
order['two'] = 3
order['one'] = 'again'
print(order, list(order))
