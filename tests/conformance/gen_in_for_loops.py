def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for n in fib():
    if n > 100:
        break
    out.append(n)
print(out)
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
for p in pairs("abcde"):
    print(p)
total = 0
for i, v in enumerate(x * 2 for x in range(4)):
    total += i * v
print(total)
