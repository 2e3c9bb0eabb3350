a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.isdisjoint({9}))
a.add(9); a.discard(100); a.remove(1)
print(sorted(a), a.union([7], (8,)), a.intersection(range(4)), a.issuperset({2, 3}))
fs = frozenset("aab")
print(sorted(fs), fs | {"c"} == {"a", "b", "c"}, type(fs | {"z"}).__name__, type({"z"} | fs).__name__)
s = set()
print(s, set("hello") - set("lo"), {1, 2} == {2, 1}, len({1, 1.0, True}))
s.pop()
