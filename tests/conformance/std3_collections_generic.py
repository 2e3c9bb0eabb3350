# collections' types subscripted as generic aliases, and in dataclass fields
from collections import deque, defaultdict, Counter, OrderedDict
from dataclasses import dataclass, field
print(deque[int], defaultdict[str, list[int]], Counter[str], OrderedDict[str, int])

@dataclass
class State:
    queue: deque[int] = field(default_factory=deque)
    seen: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    tally: Counter[str] = field(default_factory=Counter)

s = State()
s.queue.append(1)
s.seen["a"] += 1
s.tally.update("xx")
print(s)
print(bytearray, type(bytearray(b"")), deque, defaultdict)
