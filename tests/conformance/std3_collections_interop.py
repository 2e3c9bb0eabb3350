# collections types and bytearray where other built-ins take dicts, sequences or bytes
import json
from collections import OrderedDict, Counter, defaultdict, deque, namedtuple
print(int.from_bytes(bytearray(b"\x01\x00"), "big"))
print(json.dumps(OrderedDict(b=1, a=2)), json.dumps(Counter("aab")), json.dumps(defaultdict(int, x=1)))
print(json.loads(bytearray(b'{"a": 1}')))
P = namedtuple("P", "x y")
print(json.dumps(P(1, 2)))
print(dict(Counter("ab")), list(deque([1, 2])), {**defaultdict(int, a=1)})
print(sorted(Counter("banana").items()), Counter("banana").keys(), Counter("ab").values())
print(f"{deque([1])!r} {Counter(a=1)!s}")
print(len(bytearray(b"ab") * 3), bytearray(b"ab").count(b"a"))
try:
    json.dumps(deque([1]))
except TypeError as e:
    print(e)
d = defaultdict(list)
print(d.get("x"), "x" in d, d.setdefault("y", [1]), d)
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c.most_common(2), max(c, key=c.get), sorted(c, key=lambda k: (-c[k], k)))
print(float(bytearray(b"1.5")), int(bytearray(b"12")))
