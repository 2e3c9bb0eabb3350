print(hash(1j) == hash(complex(0, 1)), hash(complex(2, 0)) == hash(2), hash(complex(2.5, 0)) == hash(2.5))
print(hash(0j) == hash(0) == hash(-0j), hash(complex(-1, 0)) == hash(-1), hash(complex(float("inf"), 0)) == hash(float("inf")))
print(hash(1j), hash(-1j), hash(2j), hash(complex(3, 4)), hash(complex(-3, 4)), hash(complex(1e20, 0)) == hash(1e20))
d = {1: "one", 2.5: "two and a half", 3j: "three j"}
print(d[1 + 0j], d[complex(2.5, 0)], d[3j], 3j in d, (1 + 1j) in d)
print({1, 1 + 0j, 1.0, 2j, 2j}, len({0j, 0, 0.0, -0.0, False}), {1j: 1, complex(0, 1): 2})
print((1j).__hash__() == hash(1j), hash(complex(1, -1)) != hash(complex(-1, 1)))
