# the operator and protocol dunders of every built-in type called directly with many operands
names = ['__abs__','__bool__','__contains__','__delitem__','__eq__','__float__','__floordiv__','__getitem__','__gt__','__hash__','__int__','__invert__','__iter__','__le__','__len__','__lshift__','__ne__','__neg__','__next__','__or__','__pos__','__pow__','__radd__','__rand__','__repr__','__rfloordiv__','__rlshift__','__rpow__','__rrshift__','__rshift__','__rtruediv__','__rxor__','__setitem__','__sub__','__truediv__','__xor__','__index__','__round__','__trunc__','__floor__','__ceil__']
class C:
    def __repr__(self):
        return 'C()'
    def __index__(self):
        return 2
class L(list):
    pass
class I(int):
    pass
def f():
    pass
vals = [5, True, 1.5, 2j, 'ab', b'ab', bytearray(b'a'), [1], (1,), {1: 2}, {1}, frozenset({2}), range(3), slice(1), None, {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), iter([]), L([1, 2]), I(4), C(), f, object(), 2**80]
args = [(), (1,), ('',), ('x',), (C(),), (2**70,), ([1],), ({1},), (None,), (1, 2), (0,), (-1,), (1.5,), ({1: 2}.keys(),), (b'z',)]
n = 0
for v in vals:
    for name in names:
        m = getattr(v, name, None)
        if m is None:
            continue
        for a in args:
            big = (type(v) in (int, I) and abs(v) > 2**60) or any(type(x) is int and abs(x) > 2**60 for x in a)
            if big and name in ('__pow__', '__rpow__', '__lshift__', '__rlshift__'):
                continue
            try:
                r = m(*a)
                n += 1
                print(type(v).__name__, name, a, '->', type(r).__name__, r if type(r) in (int, float, bool, str, tuple) and name not in ('__hash__', '__repr__', '__str__') else '')
            except (TypeError, ValueError, ZeroDivisionError, OverflowError, MemoryError) as e:
                n += 1
                # a method taken with getattr names type(self) in CPython's count errors
                msg = 'wrong count' if '() takes ' in str(e) else e
                print(type(v).__name__, name, a, '!!', type(e).__name__, msg)
print(n)

