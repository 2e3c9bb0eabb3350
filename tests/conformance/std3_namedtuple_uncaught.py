# an invalid field name: CPython's traceback shows the line of collections that raises
from collections import namedtuple

Pair = namedtuple("Pair", "left right")
print(Pair(1, 2))
namedtuple("Bad", ["ok", "for"])
