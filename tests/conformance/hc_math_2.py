import math
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.floor(5), type(math.floor(5.5)).__name__, math.ceil(2**70 + 0.0) == 2**70)
print(math.isqrt(99), math.isqrt(10**30), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
math.sqrt("4")
