# stubs: weather.pyi
import math
vals = [w["temp_c"] for w in await get_forecast("Nice", 3)]
print(math.fsum(vals), math.prod([1, 2, 3]), math.dist([0, 0], [3, 4]), math.log(8, 2))
print(math.floor(2.5) + math.ceil(1.2), math.pow(2, 3), math.isfinite(1.0), math.inf > 1)
