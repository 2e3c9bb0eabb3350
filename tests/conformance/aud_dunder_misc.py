# bytes.__bytes__, bytearray's sequence dunders, dict views' set dunders
print(b'ab'.__bytes__(), bytearray(b'a').__add__(b'b'), bytearray(b'a').__mul__(3))
print(bytearray(b'a%d').__mod__(3), bytearray(b'ab').__rmul__(2), bytearray(b'%s').__rmod__(1))
print(bytearray(b'a').__add__(bytearray(b'z')), bytearray(b'a').__mul__(True))
k = {1: 2, 3: 4}.keys()
print(k.__and__({1}), k.__or__([5]), k.__sub__({3}), k.__xor__({3, 9}), k.__rand__({1}))
print(k.__rsub__({1, 7}), k.__ror__({0}), k.__rxor__([1]), k.__and__(5))
i = {1: 2}.items()
print(i.__and__({(1, 2)}), i.__or__([(3, 4)]), hasattr({}.values(), '__and__'))
for call in (lambda: b'a'.__bytes__(1), lambda: k.__and__(), lambda: bytearray().__add__(),
             lambda: bytearray(b'a') + 5, lambda: k & 5,
             lambda: bytearray(b'a').__add__(5), lambda: bytearray(b'a').__mul__('x'),
             lambda: [1].__mul__('x'), lambda: 'a'.__rmul__(2.0), lambda: (1,).__mul__(None)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)

class C:
    def __index__(self):
        return 2

b = bytearray(b'x')
b *= C()
print(bytearray(b'a') * C(), C() * bytearray(b'a'), b, bytearray(b'ab').__mul__(C()))
print('ab' % b'z', 'ab' % bytearray(b'z'), 'ab' % [1], 'ab' % range(3), b'ab' % [1])
for call in (lambda: 'a'.__add__(C()), lambda: [1].__add__(C()), lambda: (1,).__add__(C()),
             lambda: b'a'.__add__(C()), lambda: bytearray(b'a').__iadd__(C()), lambda: b'ab' % b'z',
             lambda: b'ab' % bytearray(b'z'), lambda: b'ab' % 'z', lambda: 'ab' % 'z',
             lambda: (1j).__format__(None)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
