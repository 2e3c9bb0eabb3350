big = 2 ** 20000
try:
    str(big)
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(len(hex(big)), big.bit_length(), big % 10 ** 9)
import sys
print(sys.get_int_max_str_digits())
print(len(str(2 ** 14000)))
