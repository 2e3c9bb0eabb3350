d = {}
try:
    d[(1, 2)]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    d['it\'s']
except KeyError as e:
    print(repr(e), str(e))
try:
    del d[3]
except KeyError as e:
    print(repr(e))
try:
    d.pop('x')
except KeyError as e:
    print(repr(e))
try:
    d.popitem()
except KeyError as e:
    print(repr(e), e.args)
d[(1,)]
