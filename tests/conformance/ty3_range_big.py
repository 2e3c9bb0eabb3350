# ranges of ints of any size: construction, len, indexing, slicing, membership, iteration
r = range(2 ** 64)
print(r, r[2 ** 63], r[-1], r[-2 ** 64], 2 ** 70 in range(0, 2 ** 80, 2 ** 10), 2 ** 70 + 1 in range(0, 2 ** 80, 2 ** 10))
big = range(10 ** 20, 10 ** 20 + 5)
print(big, list(big)[:2], big.start, big.stop, big.step, big[2], len(big), bool(big), list(reversed(big))[:2])
print(big[1:3], big[::-2], big[::-2][0], list(big[1:3]), 10 ** 20 + 3 in big, 10 ** 20 + 5 in big, float(10 ** 20) in big)
print(big.index(10 ** 20 + 4), big.count(10 ** 20 + 1), big.count('x'), 'x' in big, 3.5 in big)
down = range(10 ** 30, -10 ** 30, -10 ** 29)
print(down, len(down), down[0], down[-1], list(down)[-3:], 0 in down, 10 ** 29 + 1 in down, down.index(-10 ** 29))
print(range(10 ** 20) == range(10 ** 20), range(10 ** 20, 10 ** 20 + 1) == range(10 ** 20, 10 ** 20 + 1, 7))
print(hash(range(10 ** 20, 10 ** 20)) == hash(range(0)), range(0, 2 ** 70, 2 ** 70) == range(0, 1), range(5, 2 ** 65, 2 ** 66)[0])
print(range(-2 ** 63, 2 ** 63 - 1)[-1], range(0, 10 ** 19, 10 ** 18)[1:], range(2 ** 62, 2 ** 63 - 1, 2 ** 61)[::5])
huge = range(-2 ** 70, 2 ** 70, 3)
print(huge[::2], huge[5:-5:-7], huge[:10 ** 30], huge[-3:], range(2 ** 64)[:10 ** 20], range(-2 ** 63, 2 ** 63 - 1)[::-1])
print(range(2 ** 64)[10 ** 25:], range(2 ** 64)[-2 ** 70::-1], len(huge[:10]), huge[None:None:None] == huge)
for i in range(2 ** 64 - 2, 2 ** 64 + 1):
    print(i, end=' ')
print()


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(range(Idx(3)), range(Idx(10 ** 20), Idx(10 ** 20 + 2))[Idx(1)], range(10)[Idx(-1)], range(10 ** 20)[Idx(5)])
for bad in [lambda: len(range(10 ** 20)), lambda: range(10 ** 20)[10 ** 20], lambda: range(10 ** 20)['a'],
            lambda: range(2 ** 64).index(-1), lambda: range(1, 2 ** 64, 0), lambda: range(2.0 ** 70),
            lambda: range(10 ** 20)[-10 ** 21], lambda: range(2 ** 64)[::0], lambda: range(2 ** 64)['a':]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
len(range(0, 2 ** 64, 2))
