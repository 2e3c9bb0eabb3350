import math
print(math.sqrt(4))
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3][1.0]
except TypeError as e:
    print(e)
try:
    "abc"["1"]
except TypeError as e:
    print(e)
try:
    {}[[]]
except TypeError as e:
    print(e)
math.exp(1000)
