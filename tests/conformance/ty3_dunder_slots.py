# dunder methods of built-in types, bound and unbound, made from their slots
print((5).__add__(3), (5).__add__('a'), (1).__add__(1.5), (5).__radd__(1), (7).__rpow__(2))
print('abc'.__len__(), [1, 2].__contains__(2), {1: 'x'}.__getitem__(1), int.__add__(1, 2))
print(int.__add__, bool.__add__, bool.__and__, str.__len__, list.__iter__)
print('ab'.__mul__(2), 'ab'.__rmul__(3), 'ab'.__add__('c'), (2, 3).__add__((4,)))
it = [10, 20].__iter__()
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration as e:
    print('done', repr(e))
print((1).__eq__(1.0), (1).__eq__('x'), (1).__lt__(2), 'a'.__lt__('b'), (1.0).__eq__(1))
print((2.5).__float__(), (7).__float__(), (2.7).__int__(), (-3).__abs__(), (-2.5).__abs__())
print((5).__hash__(), 'abc'.__repr__(), (5).__str__(), [].__len__(), (5).__neg__(), (5).__invert__())
print((0).__bool__(), (2.5).__bool__(), (1.5).__truediv__(0.5), (7).__floordiv__(2), (7).__mod__(4))
print(hasattr('a', '__sub__'), hasattr([], '__iter__'), hasattr(1, '__iter__'), hasattr(1.0, '__and__'))
print({1}.__or__({2}), {'a': 1}.__or__({'b': 2}), {1, 2}.__sub__({1}), frozenset([1]).__and__({1}))
print((5).__add__.__name__, type(None).__repr__(None), (3).__mul__(4))
for bad in [lambda: (5).__add__(), lambda: (5).__add__(x=1), lambda: [].__len__(1),
            lambda: int.__add__('a', 1), lambda: 'a'.__sub__, lambda: int.__matmul__]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
d = {}
d.__setitem__('k', 1)
print(d, d.__len__())
d.__delitem__('k')
print(d)

class A:
    def __init__(self, x):
        super().__init__()
        self.x = x
    def __eq__(self, o):
        return object.__eq__(self, o)

a = A(1)
print(a == a, a == A(1), object.__eq__(a, 1), object.__ne__(a, a))

class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2
    def __len__(self):
        return super().__len__() + 100
    def __contains__(self, x):
        return list.__contains__(self, x // 2)

l = L([1, 2])
print(l[1], len(l), 4 in l, 5 in l, list.__len__(l))

class Num:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return Num(self.n + int.__index__(o) if isinstance(o, int) else NotImplemented)
    def __radd__(self, o):
        return self.__add__(o)

print((3 + Num(4)).n, (Num(1) + 2).n)
it = iter(range(2))
it.__next__()
int.__add__(1, 'x')
