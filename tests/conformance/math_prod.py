# prod: start value, any types that multiply, big ints
import math
print(math.prod([]), math.prod([1, 2, 3]), math.prod([1.5, 2]), math.prod([1, 2], start=2))
print(math.prod(range(1, 30)), math.prod([2**62, 4]), math.prod([True, True]), type(math.prod([True])).__name__)
print(math.prod(["a", 2]), math.prod([2, "a"]), math.prod([], start="x"), math.prod([[1]], start=3))
print(math.prod([2, 0.5], start=1.0), math.prod(x for x in [3, 4]), math.prod({2: 0, 5: 0}))
for call in [lambda: math.prod([1, 2], 2), lambda: math.prod(3), lambda: math.prod(),
             lambda: math.prod(iterable=[1]), lambda: math.prod([1], foo=1), lambda: math.prod([1.5, 10**400])]:
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
math.prod([1, None])
