# dir() of built-in values and types: public names, data attributes and common dunders
def pub(x):
    return [n for n in dir(x) if not n.startswith('_')]

SOME = {'__add__', '__iadd__', '__imul__', '__ior__', '__format__', '__reversed__', '__lt__', '__len__',
        '__iter__', '__next__', '__divmod__', '__rdivmod__', '__contains__', '__getitem__', '__hash__',
        '__bool__', '__int__', '__float__', '__abs__', '__bytes__', '__call__', '__mul__', '__rmul__',
        '__and__', '__ror__', '__neg__', '__invert__', '__eq__', '__ne__', '__repr__', '__str__',
        '__setitem__', '__delitem__', '__mod__', '__rmod__', '__sub__', '__xor__', '__pow__', '__rpow__'}

def some(x):
    return sorted(set(dir(x)) & SOME)

values = [5, True, 1.5, 2j, 'ab', b'ab', bytearray(b'a'), [1], (1,), {1: 2}, {1}, frozenset(),
          range(3), slice(1), None, iter([]), enumerate([]),
          zip(), map(abs, []), filter(None, []), reversed([]), len, [].append, object()]
for v in values:
    print(type(v).__name__, pub(v), some(v))
for v in ({}.keys(), {}.values(), {}.items()):
    print(type(v).__name__, [n for n in pub(v) if n != 'mapping'], some(v))
for t in (int, float, complex, range, slice, str, dict):
    print(t.__name__, pub(t))

def f(a=1):
    pass

def g():
    yield 1

print([n for n in dir(f) if n in ('__name__', '__qualname__', '__defaults__', '__kwdefaults__', '__module__', '__dict__')])
print([n for n in dir(g()) if n.startswith('gi_') and n not in ('gi_code', 'gi_frame')], [n for n in pub(g()) if n not in ('gi_code', 'gi_frame')])
for e in (ValueError('x'), StopIteration(1), SystemExit(2), NameError('n'), AttributeError('a'), KeyError(1),
          UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), ExceptionGroup('m', [ValueError()])):
    print(type(e).__name__, pub(e), [n for n in dir(e) if n in ('__cause__', '__context__', '__traceback__', '__suppress_context__')])
