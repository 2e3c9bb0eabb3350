import math
values = [1.0, -0.0, 0.5, 2.5, -2.5, 1e-10, 123456.789, float("inf"), float("-inf")]
for v in values:
    print(f"{v!r:>14} {v:>12.3e} {v:>10.2f} {v:>10g} {v:+.1%}")
print(math.nan != math.nan, float("nan") in [float("nan")], (n := float("nan")) in [n])
