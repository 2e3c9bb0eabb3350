# === recursion ===
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
assert [fib(i) for i in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34], 'fib'
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
assert fact(30) == 265252859812191058636308480000000, 'fact'
memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r
assert fib_memo(90) == 2880067194370816120, 'memo'
def depth(x):
    return 1 + max((depth(c) for c in x), default=0) if isinstance(x, list) else 0
assert depth([[], [[]], [[[1]]]]) == 4, depth([[], [[]], [[[1]]]])
def hanoi(n, a='A', b='B', c='C'):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
len(hanoi(10))
