def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), to_base(0, 3))
print(all(int(to_base(n, 13), 13) == n for n in range(-50, 50)))
gcd = lambda a, b: a if b == 0 else gcd(b, a % b)
gcd(2 ** 40, 6 ** 20)
