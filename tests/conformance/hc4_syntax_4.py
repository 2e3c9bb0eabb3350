try:
    import numpy
    HAVE_NUMPY = True
except ImportError:
    numpy = None
    HAVE_NUMPY = False
print(HAVE_NUMPY, numpy)
try:
    from collections import deque, OrderedDict as OD
    from math import (
        floor,
        ceil,
    )
    from itertools import *
except ImportError as e:
    print("unexpected", e)
print(floor(2.5), ceil(2.5), OD(a=1), list(islice(count(), 3)))
import math as m, json as j
print(m.pi > 3, j.dumps(None))
m.tau
