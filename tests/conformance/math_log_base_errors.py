# log with a base: the base goes through the same checks; base 1 divides by zero
import math
for args in [(8, 0), (8, -1.0), (0, 2), ("a",), (8, "a"), (2, None)]:
    try:
        math.log(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    math.log(8, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
math.log(1, 1.0)
