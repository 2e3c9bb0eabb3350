x = 10 ** 40
print(x - 1, -x + 1, x + x, x * -x)
print(float(x), int(float(2**60)), 2**60 == float(2**60))
print(x >> 100, x << 3, x & 0xFFFF, x | 1, x ^ x, ~x)
print(-x >> 3, (-x) & 0xFF)
print(divmod(x, 7), divmod(-x, 7))
print(abs(-x) == x, hash(x) == hash(x))
