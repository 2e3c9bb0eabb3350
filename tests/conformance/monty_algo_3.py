# === primes and number theory ===
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
assert sieve(30) == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29], sieve(30)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
assert gcd(48, 18) == 6, 'gcd'
def factors(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
assert factors(360) == [2, 2, 2, 3, 3, 5], factors(360)
assert factors(2 ** 31 - 1) == [2147483647], 'mersenne prime'
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
max(range(1, 30), key=collatz)
