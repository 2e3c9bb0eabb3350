# the dunders the audit added (slot wrappers, methods) called on every built-in type with many operands
names = ['__format__','__divmod__','__rdivmod__','__iadd__','__imul__','__ior__','__iand__','__isub__','__ixor__','__reversed__','__bytes__','__lt__','__ge__','__mul__','__rmul__','__add__','__mod__','__rmod__','__and__','__rsub__','__get__']
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
            try:
                r = m(*a)
                n += 1
                print(type(v).__name__, name, a, '->', type(r).__name__)
            except (TypeError, ValueError, ZeroDivisionError, OverflowError, MemoryError) as e:
                n += 1
                # a method taken with getattr names type(self) in CPython's count errors,
                # a direct call the defining type: the count is what is compared here
                msg = 'wrong count' if ' takes ' in str(e) else e
                print(type(v).__name__, name, a, '!!', type(e).__name__, msg)
print(n)

