from enum import Enum
from dataclasses import dataclass
from collections import namedtuple, Counter, deque, defaultdict, OrderedDict
class Color(Enum):
    RED = 1
@dataclass
class P:
    x: int
NT = namedtuple("NT", "a b")
(Color.RED, P(1), NT(1, 2), Counter("aab"), deque([1, 2], maxlen=3), defaultdict(list, {"k": [1]}), OrderedDict(a=1))
