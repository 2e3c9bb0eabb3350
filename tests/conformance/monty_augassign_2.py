# === augmented assignment evaluation order ===
calls = []
def key(k):
    calls.append(('key', k))
    return k
def container():
    calls.append('container')
    return store
store = {'n': 1}
container()[key('n')] += 5
assert store == {'n': 6}, store
assert calls == ['container', ('key', 'n')], calls
x = [1]
y = x
x += [2]
assert y == [1, 2], 'in place list'
a = (1,)
b = a
a += (2,)
assert b == (1,), 'tuple not in place'
undefined_var += 1
