import sys
big = 2 ** 20000
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
str(10 ** 5000)
