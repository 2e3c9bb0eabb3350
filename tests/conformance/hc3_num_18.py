def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n, b in [(255, 16), (-255, 2), (0, 7), (10 ** 20, 36), (12345, 36)]:
    s = to_base(n, b)
    assert int(s, b) == n
    print(n, b, s)
