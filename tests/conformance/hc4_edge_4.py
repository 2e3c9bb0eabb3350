l = [1, 2, 3]
l.extend(l)
print(l)
l *= 0
print(l)
l = list(range(6))
l[::-1] = "abcdef"
print(l)
l[1:1] = [9, 9]
print(l, l.index(9, 2))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted("bAaB"), sorted([[2, 1], [1, 2], [1]]))
d = {"a": 1, "b": 2}
print(d.keys() | {"c"}, sorted(d.items() & {("a", 1), ("b", 3)}), list(reversed(d.items())), d.values() == d.values())
from collections import OrderedDict
print(d == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
