from collections import namedtuple
Row = namedtuple("Row", ["id", "class"])
