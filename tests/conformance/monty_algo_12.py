# === generator-based primes and zip tricks ===
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
gen = primes()
first10 = [next(gen) for _ in range(10)]
assert first10 == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29], first10
pairs = list(zip(first10, first10[1:]))
gaps = [b - a for a, b in pairs]
assert gaps == [1, 2, 2, 4, 2, 4, 2, 4, 6], gaps
twins = [(a, b) for a, b in pairs if b - a == 2]
assert twins == [(3, 5), (5, 7), (11, 13), (17, 19)], twins
chunks = list(zip(*[iter(range(9))] * 3))
chunks
