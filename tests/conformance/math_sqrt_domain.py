# sqrt: exact squares, ints, big ints, and the 3.14 domain-error messages
import math
for x in [0, 1, 4, 2.25, 1e100, 10**30, True, -0.0, math.inf]:
    print(x, math.sqrt(x))
print(math.sqrt(2), math.sqrt(3.0))
for bad in [-1, -2.5, -math.inf]:
    try:
        math.sqrt(bad)
    except ValueError as e:
        print("ValueError:", e)
print(math.isnan(math.sqrt(math.nan)))
def root(x):
    return math.sqrt(x)
root(-4)
