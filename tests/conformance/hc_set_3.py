seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
unique_ordered = list(dict.fromkeys([3, 1, 3, 2, 1]))
print(unique_ordered)
fs = frozenset("hello")
print(sorted(fs), len(fs), "h" in fs, type(fs | {"z"}).__name__)
print({1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset()))
{x for x in "mississippi"} == set("misp")
