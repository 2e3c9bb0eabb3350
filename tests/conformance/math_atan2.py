# atan2's signed zeros and infinities (C99 Annex F)
import math
cases = [(1, 0), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (-0.0, 0.0), (math.inf, -math.inf),
         (-math.inf, math.inf), (math.inf, 3), (3, -math.inf), (-3, math.inf), (1, 1), (-1, -1)]
for y, x in cases:
    print(y, x, math.atan2(y, x))
print(math.isnan(math.atan2(math.nan, 1)), math.isnan(math.atan2(1, math.nan)))
math.atan2(1)
