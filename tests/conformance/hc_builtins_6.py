print(list(map(int, "123")), list(map(len, ["a", "bb", ""])))
print(list(zip(range(3), "abc", [True, False, None])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(sum([[1], [2]], start=[]), sum(x * x for x in range(4)))
print(isinstance(range(3), range), list(range(-3, 3)), list(range(10, 0, -3)))
print(bool(range(0)), bool(range(1)), range(2, 20, 3)[-1], range(2, 20, 3)[1:3])
print(int(), float(), str(), list(), dict(), tuple(), set(), bool())
print(format(1234.5, ","), format(0.5, ".0%"), format(-1, "b"), format(True, "d"))
