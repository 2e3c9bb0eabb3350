# === star import from math ===
from math import *
assert sqrt(16) == 4.0 and floor(2.7) == 2, 'math names'
assert isclose(pi, 3.14159, rel_tol=1e-5), 'pi'
round(tau, 4)
