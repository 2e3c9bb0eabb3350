# __divmod__ and __rdivmod__ of int and float, with NotImplemented for other operands
print((25).__divmod__(7), (25).__rdivmod__(7), (-7).__divmod__(2), True.__divmod__(2))
print((25).__divmod__(7.0), (25).__divmod__('a'), (2.5).__divmod__(1), (2.5).__rdivmod__(1))
print((7.5).__divmod__(-2), (1.0).__divmod__(1j), int.__divmod__(9, 4), float.__rdivmod__(2.0, 9))
print(hasattr(1j, '__divmod__'), hasattr('a', '__divmod__'), hasattr(True, '__rdivmod__'))

class I(int):
    pass

print(I(9).__divmod__(4), divmod(I(9), 4), divmod(9, I(4)))
for call in (lambda: (5).__divmod__(0), lambda: (5.0).__divmod__(0), lambda: (5).__divmod__(),
             lambda: (5).__divmod__(1, 2), lambda: (5).__rdivmod__(x=1)):
    try:
        print(call())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
