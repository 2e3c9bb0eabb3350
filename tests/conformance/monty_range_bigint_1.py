# === ranges beyond 64 bits ===
r = range(2 ** 64)
print(r[2 ** 63], r[-1], 2 ** 70 in range(0, 2 ** 80, 2 ** 10))
big = range(10 ** 20, 10 ** 20 + 5)
print(list(big)[:2], big.start, big[2])
r.index(12345)
