# === math errors ===
import math
for fn, arg in [(math.log, 0), (math.log, -1), (math.factorial, -1), (math.factorial, 2.5), (math.acos, 2), (math.exp, 1000), (math.isqrt, -4), (math.gcd, 1.5), (math.ceil, float('inf')), (math.floor, float('nan'))]:
    try:
        print(fn.__name__, fn(arg))
    except (ValueError, TypeError, OverflowError) as e:
        print(fn.__name__, type(e).__name__, e)
math.sqrt('4')
