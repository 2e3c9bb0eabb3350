# hyperbolic functions: values, overflow and domain errors
import math
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.tanh(1000), math.tanh(-math.inf), math.sinh(-math.inf), math.cosh(math.inf))
print(f"{math.sinh(1):.12f} {math.cosh(1):.12f} {math.tanh(0.5):.12f}")
print(f"{math.asinh(1):.12f} {math.acosh(2):.12f} {math.atanh(0.5):.12f}")
for f, x in [(math.cosh, 1000), (math.sinh, -1000), (math.cosh, 710)]:
    try:
        f(x)
    except OverflowError as e:
        print(f.__name__, x, e)
for f, x in [(math.acosh, 0.5), (math.acosh, -math.inf), (math.atanh, 1), (math.atanh, -1.0), (math.atanh, 2)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, x, e)
math.atanh(-0.0)
