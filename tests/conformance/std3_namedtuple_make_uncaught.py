# _make with the wrong number of items
from collections import namedtuple

Pair = namedtuple("Pair", "left right")
Pair._make([1, 2, 3])
