n = 255
print(n & 0x0F, n >> 4, n ^ 0xAA, ~n, n << 3, -n >> 1, -1 >> 10)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags, bin(flags), f"{flags:03b}")
print([i for i in range(8) if i & 1], sum(1 << i for i in range(5)))
1 << -1
