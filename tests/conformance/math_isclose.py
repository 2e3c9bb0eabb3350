# isclose: relative and absolute tolerances, infinities, NaN, bad tolerances
import math
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(0.0, -0.0))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(a=1, b=1.0), math.isclose(1, b=2), math.isclose(True, 1), math.isclose(1e308, math.inf))
for kw in [{"rel_tol": -1}, {"abs_tol": -1e-9}]:
    try:
        math.isclose(1, 2, **kw)
    except ValueError as e:
        print(kw, e)
for call in [lambda: math.isclose(1), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 2, foo=3),
             lambda: math.isclose(1, "a"), lambda: math.isclose(1, 2, rel_tol=None)]:
    try:
        call()
    except TypeError as e:
        print(e)
math.isclose(1, 1 + 1e-8, rel_tol=1e-9)
