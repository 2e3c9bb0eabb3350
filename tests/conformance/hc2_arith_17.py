# integer division results for bigints near boundaries
big = 10 ** 25
print(big // 3, big % 3, -big // 3, -big % 3)
print(divmod(big, -7), divmod(-big, -7))
print(big // 10 ** 24, (big + 5) // 10, big * -1 // 10 ** 24)
print(2 ** 64 // 2 ** 32, (2 ** 64 - 1) % 2 ** 32, -(2 ** 63) // -1)
print(int(1e25), int(-1e25) // 10 ** 10)
print(abs(-big), -(-big) == big)
(2 ** 127 - 1) // 2 ** 63
