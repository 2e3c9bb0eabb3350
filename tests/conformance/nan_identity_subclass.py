# An instance of a float subclass is an object of its own; what CPython's float_float gives
# for it (float(f), +f, f.real, f.conjugate(), f.__float__()) is a new float each time.
import math


class Ratio(float):
    pass


x = float('nan')
f = Ratio(x)
g = Ratio('nan')
print(f is f, f is x, [f] == [f], f in [f], f in {f}, {f: 1}[f], [f] == [x], f == f)
print(float(f) is x, float(f) is float(f), +f is +f, f.real is f.real, f.conjugate() is f.conjugate())
print(f.__float__() is f.__float__(), float.from_number(f) is float.from_number(f), (f + 0) is (f + 0))
v = float(f)
print(v is v, [v] == [v], v in {v}, type(v).__name__, type(+f).__name__, math.isnan(v))
print(len({f, g, f, g}), len({Ratio(x), Ratio(x)}), hash(f) == hash(f), repr(f), repr(-g))
print(math.copysign(1, Ratio('-nan')), math.copysign(1, float(Ratio('-nan'))), max(f, 1.0) is f)
