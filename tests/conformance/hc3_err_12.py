from math import nope
