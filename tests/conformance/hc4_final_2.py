def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(sieve) if p]

ps = primes(100)
assert len(ps) == 25
ps[-5:], sum(ps)
