big = 2 ** 100
print(big, big + 1, big * big, big // 3, big % 7, -big // 7, -big % 7)
print(len(str(3 ** 200)), str(3 ** 200)[:20])
f = 1
for i in range(1, 31):
    f *= i
print(f, f.bit_length(), f % (10 ** 9 + 7))
print((10 ** 30) // (10 ** 15), 10 ** 30 / 10 ** 15, int(1e20), int(1.5e20))
print(-(2 ** 64) >> 3, (2 ** 64) << 4, (2**70) & (2**70 - 1), (2 ** 70) | 1, ~(2**65))
print(pow(2, 1000, 10**9 + 7), pow(12345678901234567890, 3))
big.to_bytes(13, "big")
