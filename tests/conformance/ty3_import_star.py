# from M import * at module level binds the module's public names as globals
from math import *
from json import *
from dataclasses import *

print(sqrt(16), floor(2.7), pi, inf, isclose(tau, 6.2831853, rel_tol=1e-6), factorial(5))
print(dumps({'a': [1, 2]}), loads('[1, 2]'))


@dataclass
class P:
    x: int
    y: int = 0


print(P(1), asdict(P(2, 3)))


def uses_star_names():
    return gcd(12, 18), comb(5, 2)


print(uses_star_names(), 'sqrt' in globals(), '_' + 'x' in globals())
try:
    from math import nosuch
except ImportError as e:
    print(e)
from enum import *
print(Enum.__name__, auto is not None)
hypot(3, 4)
