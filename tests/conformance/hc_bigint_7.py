import math
import sys
f = math.factorial(1000)
s = str(f)
print(len(s), s[:20], s[-5:])
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
print(sys.int_info.default_max_str_digits, hex(10 ** 5000)[:10], len(bin(2 ** 20000)))
print(f"{2 ** 100:x}", (2 ** 5000).bit_length(), (3 ** 3000) % 1000)
n = math.factorial(2000)
print(n.bit_length(), n % (10 ** 9 + 7))
print(n)
