# factorial: exact big results, ints only
import math
print([math.factorial(n) for n in range(8)])
print(math.factorial(20), math.factorial(21), math.factorial(True))
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(1000) % 10**9)
for bad in [-1, -10**20, 5.0, "5", None]:
    try:
        math.factorial(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
math.factorial(-3)
