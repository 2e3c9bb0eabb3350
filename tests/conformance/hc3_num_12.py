def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)])
print(fib(100), fib(200) % 1000000007)
print(str(fib(500))[-10:], len(str(fib(1000))))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
max(range(1, 1000), key=collatz)
