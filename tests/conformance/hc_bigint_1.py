a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a * b)
print(a // b, a % b, b // a, b % a)
print(-a // 7, -a % 7)
print(a.bit_length(), len(str(a)))
print(a == 1267650600228229401496703205376, a > b, a < b)
print(hex(a), bin(2**70), oct(2**65))
