print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(-1000000))
print(hash(True), hash(False), hash(1.0), hash(2.0) == hash(2), hash(0.5) == hash(0.5))
print(hash(10 ** 30) == hash(10 ** 30), hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except Exception as e:
    print(type(e).__name__ + ":", e)
