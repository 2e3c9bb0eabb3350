# the in-place dunders of the mutable built-ins, called directly
a = [1]
print(a.__iadd__([2]) is a, a, a.__imul__(2), a.__iadd__(range(2)))
print(a.__imul__(True), a.__imul__(0), a)
d = {1: 2}
print(d.__ior__({3: 4}) is d, d, d.__ior__([(5, 6)]), d.__ior__(5) if False else 'skip')
s = {1, 2, 3}
print(s.__iand__({2, 3}), s.__ior__({7}), s.__isub__({7}), s.__ixor__({3, 9}), s)
print(s.__iand__([2]), s.__ior__(5), frozenset().__or__({1}), hasattr(frozenset(), '__ior__'))
b = bytearray(b'ab')
print(b.__iadd__(b'c'), b.__imul__(2), b, b.__iadd__(5) if False else 'skip')
print(hasattr((), '__iadd__'), hasattr('', '__imul__'), hasattr(5, '__iadd__'))
for call in (lambda: [].__iadd__(5), lambda: {}.__ior__(5), lambda: [].__iadd__(),
             lambda: bytearray().__iadd__(5), lambda: [].__imul__(2, 3), lambda: {}.__ior__([1]), lambda: [1].__imul__('x'),
             lambda: bytearray().__imul__(1.5), lambda: [].__imul__(2**100)):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__ + ':', e)
