# throw() goes to the delegate of `yield from` first (CPython 3.12+ semantics)
def inner():
    try:
        yield 1
    except KeyError as e:
        print('inner caught', repr(e))
        yield 2
    return 'inner done'

def outer():
    r = yield from inner()
    print('outer got', r)
    yield 3

g = outer()
print(next(g))
print(g.throw(KeyError('k')))
print(next(g))
print(g.gi_yieldfrom)

# the inner does not catch: the exception comes out at the outer's yield from
def inner2():
    yield 'a'
def outer2():
    try:
        yield from inner2()
    except ValueError as e:
        print('outer2 caught', e)
        yield 'handled'
g = outer2()
next(g)
print(g.throw(ValueError('boom')))

# the inner returns when thrown into: that is the value of yield from
def inner3():
    try:
        yield 1
    except IndexError:
        return 'from inner3'
def outer3():
    v = yield from inner3()
    yield ('outer3', v)
g = outer3()
next(g)
print(g.throw(IndexError))

# three levels deep
def level(n):
    try:
        if n == 0:
            yield 'bottom'
        else:
            yield from level(n - 1)
    finally:
        print('leaving level', n)
g = level(2)
print(next(g))
try:
    g.throw(RuntimeError('deep'))
except RuntimeError as e:
    print('caught at top', e)
print(g.gi_suspended, g.gi_running, g.gi_yieldfrom)

# a delegate with its own throw(): what it returns is yielded, what it raises is raised
class Relay:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration('relay end')
        return self.n
    def throw(self, exc):
        print('Relay.throw got', type(exc).__name__)
        if isinstance(exc, KeyError):
            return 'relayed'
        if isinstance(exc, LookupError):
            raise StopIteration('stopped by throw')
        raise exc
def over_relay():
    v = yield from Relay()
    yield ('over_relay', v)
g = over_relay()
print(next(g))
print(g.throw(KeyError('x')))
print(next(g))
print(g.throw(IndexError('y')))
g = over_relay()
next(g)
try:
    g.throw(TypeError('z'))
except TypeError as e:
    print('TypeError out', e)

# a delegate without throw(): raised at the yield from
def over_list():
    try:
        yield from [1, 2, 3]
    except ZeroDivisionError:
        yield 'zero'
g = over_list()
next(g)
print(g.throw(ZeroDivisionError))

# GeneratorExit thrown in closes the delegate first
def closing_inner():
    try:
        yield 1
    finally:
        print('closing_inner finally')
def closing_outer():
    try:
        yield from closing_inner()
    except GeneratorExit:
        print('outer saw GeneratorExit')
        raise
g = closing_outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit came out')
print(g.gi_suspended)
