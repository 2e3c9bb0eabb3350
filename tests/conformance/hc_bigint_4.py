a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(b // a, b % a)
print(int(str(a)[::-1]))
print(a ** 2 > b, (a * b) // b == a)
print(f"{a:,}", f"{b:_}", f"{a:e}")
print(10**30 / 10**10, 2**200 / 2**100)
