# hash consistency and hash of numbers
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1) == hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash("") == hash(""), hash(None) == hash(None))
print(hash(2 ** 100) == hash(2 ** 100), isinstance(hash("x"), int), hash(frozenset({1})) == hash(frozenset([1])))
print(hash(1.5) == hash(1.5), hash(10) == 10, hash(-1))
hash({})
