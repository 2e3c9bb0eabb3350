# bitwise ops on negative and large ints
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1)
print(-5 & 0xff, -5 | 2, -5 ^ -3, -1 >> 10, -16 >> 2, 1 << 100)
print((1 << 100) >> 98, (2 ** 70 - 1) & (2 ** 64 + 5))
print(bin(-10), hex(-255), oct(64), bin(0))
print((255).bit_count() if hasattr(int, "bit_count") else 8)
1 << -1
