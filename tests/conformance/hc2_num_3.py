# float to string round trips and repr shortest
import math
vals = [0.1 + 0.2, 1 / 3, 2 / 3, math.pi, math.e, 1e-323, 2 ** -1074, 1.7976931348623157e308, 123e-20, 9007199254740993.0]
for v in vals:
    r = repr(v)
    assert float(r) == v
    print(r, f"{v:.3g}", f"{v:.15e}")
math.nextafter(1.0, 2.0) - 1.0
