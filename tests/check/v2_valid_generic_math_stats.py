# stubs: warehouse.pyi
import math

values = [3.5, 9.25, 1.0, 7.75]
mean = sum(values) / len(values)
var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
print(f"mean={mean:.3f} sd={math.sqrt(var):.3f} max={max(values)} floor={math.floor(mean)}")
