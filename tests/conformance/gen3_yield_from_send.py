# send() into `yield from`: next() for None, the delegate's send() otherwise
class Echo:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return 'next'
    def send(self, v):
        self.log.append(v)
        if v == 'stop':
            raise StopIteration('echo done')
        return ('echo', v)
def over_echo():
    r = yield from Echo()
    yield ('result', r)
g = over_echo()
print(next(g))
print(g.send('hi'))
print(g.send(None))
print(g.send('stop'))

def over_list():
    result = yield from [1, 2]
    yield ('result', result)
g = over_list()
print(next(g))
try:
    g.send('x')
except AttributeError as e:
    print(type(e).__name__, e)
print(g.gi_suspended)

def over_range():
    yield from range(2)
g = over_range()
next(g)
print(g.send(None))
try:
    g.send(1)
except AttributeError as e:
    print(e)

# PEP 479 in a delegate
def raises_stop():
    yield 1
    raise StopIteration('oops')
def outer():
    yield from raises_stop()
g = outer()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(e, '| cause:', repr(e.__cause__))

gg = (x for x in [1])
print(gg.__name__, gg.__qualname__, type(gg.gi_running))
def named():
    yield 1
n = named()
print(n.__name__, n.__qualname__, n.gi_yieldfrom, n.gi_suspended)
next(n)
print(n.gi_suspended, hash(n) == hash(n), {n: 1}[n])
class C:
    def method(self):
        yield 1
print(C().method().__qualname__)
g = over_list()
next(g)
g.send('y')
