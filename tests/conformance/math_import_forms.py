# the ways to reach math's names
import math
import math as m
from math import sqrt, pi as PI, inf
print(m is math, sqrt is math.sqrt, PI == math.pi, inf)
print(math.__name__, repr(math.sqrt), repr(math.floor), type(math.sqrt).__name__)
def f():
    from math import factorial
    return factorial(6)
print(f())
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    math.nope
except AttributeError as e:
    print(e)
sorted(n for n in ["pi", "e", "tau", "inf", "nan"] if hasattr(math, n))
