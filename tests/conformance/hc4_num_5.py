print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0, 1 is not None, (1 < 2) + (2 < 3))
print(0 == False, "" == False, [] == False, None == 0, bool(0.0), bool(-1), bool("0"), bool([0]))
print(max(1, 2.5, -3), min("b", "a", "c"), max([1, 5], [1, 10]), sum([0.1] * 10), sum(range(101)))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0), hash(-2))
print(int(True), float(False), complex(1, 2) * 1j, (1 + 2j).conjugate(), (3 + 4j).real, abs(-0.0))
print(isinstance(True, int), type(True + 1).__name__, 10 ** -2, 0.1 ** 2, 1_000_000 // 7)
1 + "1"
