def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(50)
print(f)
print(sum(int(d) for d in str(f)))
print(f // fact(48), f % 1000007)
print(pow(7, 200, 10**9 + 7), pow(12345678901234567890, 3))
print(str(f)[:10], str(f)[-10:])
fact(25) - fact(24) * 25
