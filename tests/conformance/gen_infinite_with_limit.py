def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
out = []
for p in primes():
    if len(out) == 15:
        break
    out.append(p)
out
