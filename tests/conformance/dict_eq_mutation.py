class Key:
    def __init__(self, name, d=None):
        self.name = name
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if self.d is not None and 'boom' not in self.d:
            self.d['boom'] = 1
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return 'Key(%s)' % self.name
d = {}
d[Key('a')] = 1
d[Key('b')] = 2
print(d[Key('a')], d[Key('b')], Key('c') in d, len(d))
e = {}
probe = Key('a', e)
e[Key('a')] = 'first'
print(e.get(probe), sorted(map(str, e)))
s = {Key('a'), Key('a'), Key('b')}
print(len(s))
