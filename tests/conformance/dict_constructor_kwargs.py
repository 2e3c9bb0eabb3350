print(dict(a=1, **{'b': 2}), dict({'a': 0}, a=1), dict([('a', 0)], a=2))
print(dict(dict(x=1)), dict({1: 2}.items()), dict(enumerate('abc')))
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, key):
        return key.upper()
print(dict(M()))
e = {}
e.update(M())
print(e)
print(dict.fromkeys('aab', 1))
