import math
print(float("nan") in [float("nan")], math.nan == math.nan, [math.nan] == [math.nan])
x = float("nan")
print(x in [x], [x] == [x], x is x, (x,) == (x,), {x: 1}.get(x))
print(math.inf == float("inf"), -math.inf < -1e308, math.inf - 1 == math.inf)
print(max(1, math.nan), max(math.nan, 1), min(math.inf, 5), sorted([3, math.inf, -math.inf, 0]))
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), math.copysign(0.0, -1), 1 / math.inf, -1 / math.inf)
print(round(math.inf) if False else "skip", math.isnan(math.inf - math.inf), math.floor(-0.0))
print(float(True), float(2 ** 53), float(2 ** 53 + 1), float(-(2 ** 1000) // 3))
