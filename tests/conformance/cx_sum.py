print(sum([0.1j] * 10), sum([0.1j] * 10, 0j), sum([0.1] * 10, 0j), sum([1, 2.5, 1j, 0.1] * 5))
print(sum([complex(1, -0.0), 2]), sum([complex(1, -0.0), 2.0]), sum([complex(1, -0.0)]), sum([complex(-0.0, -0.0)], -0.0))
print(sum([1e100, 1j, 1.0, -1e100]), sum([1j, 1e100, 1.0, -1e100]), sum([1j, 10 ** 30, 1.0, -10 ** 30, 0.5]))
print(sum([0.5, 10 ** 30, 1.0, -10 ** 30]), sum([0.5, 10 ** 30, 1j, 1.0, -10 ** 30]), sum([1, 1j, 1e100, 1.0, -1e100]))
print(sum([1j, True, False]), sum([1e308j, 1e308j, -1e308j]), sum([], complex(-0.0, -0.0)), sum([1j, 2 ** 63, 1]))
class R:
    def __radd__(self, other):
        return other + 0.25
print(sum([1j, R(), 1e100, 1.0, -1e100]), sum([0.5, R(), 1e100, 1.0, -1e100]), sum([1, R(), 2]))
print(sum(x * 1j for x in range(5)), sum((complex(x, -x) for x in range(4)), 10))
try:
    sum([1j, 10 ** 400])
except OverflowError as e:
    print("OverflowError:", e)
try:
    sum([1j, "a"])
except TypeError as e:
    print("TypeError:", e)
sum([0.5, 1j, None])
