# gamma and lgamma: CPython's own Lanczos implementation, poles and overflow
import math
print(math.gamma(1), math.gamma(5), math.gamma(23), math.gamma(24), math.gamma(0.5), math.gamma(-0.5))
print(math.gamma(171.5), math.gamma(-171.5), math.gamma(-200.5), math.gamma(1e-30), math.gamma(-1e-30))
print(math.gamma(3.7), math.gamma(-2.5), math.gamma(141.5), math.gamma(math.inf))
print(math.lgamma(1), math.lgamma(2), math.lgamma(3), math.lgamma(0.5), math.lgamma(-0.5), math.lgamma(-2.5))
print(math.lgamma(1e-30), math.lgamma(-1e-30), math.lgamma(2.5e305), math.lgamma(math.inf), math.lgamma(-math.inf))
for f in (math.gamma, math.lgamma):
    for x in [0, -0.0, -1, -2.0, -1e308, 172, 1e-320, 200.5, 1e308, -math.inf]:
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
math.gamma(-3)
