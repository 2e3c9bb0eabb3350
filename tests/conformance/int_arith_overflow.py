# results past 64 bits become big ints, and come back when they fit again
M = 2**63 - 1
print(M + 1, -M - 2, M * M)
print((M + 1) - 1 == M, type((M + 1) - 1))
print(-(-2**63), abs(-2**63), (-2**63) // -1, (-2**63) % -1)
print(2**64 - (2**64 - 5))
big = 10**30
print(big + 1, big - 1, big * big, -big * 3)
print(big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)
print((big * big) // big == big)
y = 1
for i in range(100):
    y *= 3
print(y, y.bit_length())
