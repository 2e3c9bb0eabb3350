# which of the operator and protocol dunders each built-in type has
import json
names = ['__abs__','__add__','__and__','__bool__','__bytes__','__call__','__contains__','__delitem__','__divmod__','__eq__','__float__','__floordiv__','__format__','__ge__','__getitem__','__gt__','__hash__','__iadd__','__iand__','__imul__','__int__','__invert__','__ior__','__isub__','__iter__','__ixor__','__le__','__len__','__lshift__','__lt__','__mod__','__mul__','__ne__','__neg__','__next__','__or__','__pos__','__pow__','__radd__','__rand__','__rdivmod__','__repr__','__reversed__','__rfloordiv__','__rlshift__','__rmod__','__rmul__','__ror__','__rpow__','__rrshift__','__rshift__','__rsub__','__rtruediv__','__rxor__','__setitem__','__str__','__sub__','__truediv__','__xor__']
def f(): pass
def g(): yield 1
vals = [5, True, 1.5, 2j, 'ab', b'ab', bytearray(b'a'), [1], (1,), {1: 2}, {1}, frozenset(), range(3), slice(1), None, {}.keys(), {}.values(), {}.items(), iter([]), iter(()), iter(''), iter(b''), iter(range(1)), iter({}), iter(set()), enumerate([]), zip(), map(abs, []), filter(None, []), reversed([]), reversed('ab'), len, [].append, object(), f, g(), ValueError(), ..., NotImplemented, iter(f, 1)]
for v in vals:
    print(type(v).__name__, [n for n in names if hasattr(v, n)])
