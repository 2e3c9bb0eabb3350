def to_base(n, b):
    if n == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in (0, 255, -255, 2 ** 70, 36 ** 3):
    s = to_base(n, 36)
    assert int(s, 36) == n
    print(n, to_base(n, 2)[-8:], s)
int("xyz", 10)
