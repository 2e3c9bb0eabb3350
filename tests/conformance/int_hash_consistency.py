# equal numbers hash equal across int, float and bool
for a, b in [(1, 1.0), (1, True), (0, -0.0), (0, False), (2**70, float(2**70)),
             (-2**63, -9.223372036854776e18), (4503599627370497, 4503599627370497.0)]:
    print(hash(a) == hash(b))
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False))
print(hash(1.0), hash(-1.0), hash(0.0), hash(float("inf")), hash(float("-inf")))
d = {1: "int", 2.0: "float", True: "bool"}
print(d, d[1.0], d[2])
print(sorted({1, 1.0, True, 2**64, float(2**64)}), len({0, 0.0, False, -0.0}))
