import sys
print(sys.maxsize > 2 ** 30, type(sys.maxsize).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(type(sys.version_info.major), sys.version_info >= (3, 8), sys.version_info[:2] >= (3, 10))
print(sys.int_info.bits_per_digit > 0, isinstance(sys.argv, list))
print(sys.getrecursionlimit() > 100)
sys.platform == "" or isinstance(sys.platform, str)
