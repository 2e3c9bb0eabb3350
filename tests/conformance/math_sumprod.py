# sumprod: exact ints, compensated floats, generic objects, unequal lengths
import math
print(math.sumprod([1, 2], [3, 4]), math.sumprod([1.5, 2], [3, 4]), math.sumprod([], []))
print(math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]))
print(math.sumprod([1, 2.5], [1, 1]), math.sumprod([True, False], [1.5, 2.5]), math.sumprod([10**30], [2]))
print(math.sumprod([1e308, 1e308], [10, -10]), math.sumprod([1.5, math.inf], [2, 1]), math.sumprod([math.inf], [0.0]))
print(math.sumprod([True, True], [True, False]), type(math.sumprod([True], [True])).__name__)
print(math.sumprod(iter([1, 2]), (3, 4)), math.sumprod([1, 2, 3], [1.5, 2.5, 0.1]), math.sumprod("ab", [2, 3]) if False else 0)
for call in [lambda: math.sumprod([1, 2], [3]), lambda: math.sumprod(["a"], [2]), lambda: math.sumprod(1, 2),
             lambda: math.sumprod([1]), lambda: math.sumprod(p=[1], q=[2]), lambda: math.sumprod([1.5], [10**400])]:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
math.sumprod([1, 2, 3], [4, 5])
