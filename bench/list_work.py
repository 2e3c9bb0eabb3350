# List work: append, pop, index, slicing, insertion, reversal.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, f in enumerate(flags) if f]


def shuffle_work(n):
    data = []
    for i in range(n):
        data.append((i * 7919) % n)
    acc = 0
    for k in range(0, n, 97):
        acc += data.index(k) if k < 2000 else data[k]
    window = 0
    for i in range(0, n - 10, 3):
        window += sum(data[i:i + 10])
    stack = []
    for v in data:
        stack.append(v)
        if v % 5 == 0:
            acc += stack.pop()
    rev = data[::-1]
    return acc, window, rev[0], len(stack)


primes = sieve(1200000)
print(len(primes), primes[-1], shuffle_work(400000))
