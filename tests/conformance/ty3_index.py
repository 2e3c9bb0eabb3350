# objects with __index__ wherever CPython takes an index or a count
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], data[::Idx(3)], (1, 2, 3)[Idx(-1)], 'hello'[Idx(1)], 'hello'[Idx(1):])
print('ab' * Idx(2), Idx(2) * 'ab', [0] * Idx(3), Idx(2) * [1], (1,) * Idx(2), b'x' * Idx(3), Idx(0) * 'a')
print(list(range(Idx(3))), range(10)[Idx(2)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), int(Idx(7)))
print(round(3.14159, Idx(2)), 'abc'.ljust(Idx(5)) + '|', data.pop(Idx(0)), bytes(Idx(2)), chr(Idx(65)))
data.insert(Idx(0), 'x')
del data[Idx(1)]
data[Idx(0)] = 'y'
print(data[:3], [1, 2, 3, 4][slice(Idx(1), None)], format(Idx(3).__index__(), 'b'), '%d|%x' % (Idx(10), Idx(255)))
x = 'abc' * Idx(-1)
print(repr(x), [1][:Idx(0)])
for bad in [lambda: 'ab' * Idx('x'), lambda: data[Idx(99)], lambda: 'ab' * object(), lambda: range(Idx(2.5))]:
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
'ab' * Idx(2 ** 70)
