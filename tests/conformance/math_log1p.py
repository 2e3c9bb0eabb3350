# log1p near -1 and its error message
import math
print(math.log1p(0), math.log1p(-0.0), math.log1p(math.inf))
print(f"{math.log1p(1e-10):.6e}", f"{math.log1p(1):.12f}")
for x in [-1, -2, -1.5, -math.inf]:
    try:
        math.log1p(x)
    except ValueError as e:
        print(x, e)
math.log1p(-1.0)
