# math.pow always returns a float, with C99's special cases and its own errors
import math
cases = [(2, 10), (2, 0.5), (2, -1), (math.nan, 0), (1, math.nan), (-2, math.inf), (0, -math.inf),
         (0.5, math.inf), (0.5, -math.inf), (-math.inf, 3), (-math.inf, -3), (-math.inf, 2),
         (math.inf, 0), (-1, math.inf), (2, -1080), (-8, 3), (0, 0)]
for x, y in cases:
    print(x, y, math.pow(x, y))
for x, y in [(0, -1), (0.0, -1.5), (-1, 0.5), (10, 400), (-8, 1 / 3)]:
    try:
        math.pow(x, y)
    except (ValueError, OverflowError) as e:
        print(x, y, type(e).__name__, e)
print(2 ** -1, math.pow(2, -1))
math.pow(10, 400)
