# Loops with integer arithmetic: Collatz chain lengths and a modular sum.
def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps


best, best_n = 0, 0
for n in range(1, 60000):
    s = collatz_len(n)
    if s > best:
        best, best_n = s, n

acc = 0
for i in range(400):
    for j in range(400):
        acc = (acc + i * j ^ (i + j)) % 1000003
print(best_n, best, acc)
