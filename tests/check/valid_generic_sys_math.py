# stubs: crm.pyi
import sys
import math as m
from math import sqrt, pi

print(sys.version_info[0], sys.platform, sys.maxsize > 0)
print(sqrt(16) + pi, m.hypot(3, 4), m.gcd(12, 18), m.isclose(0.1 + 0.2, 0.3))
