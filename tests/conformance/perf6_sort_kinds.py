# Sorting keys that are all ints or all strs (compared inline), mixed keys, stability and
# reverse, on lists long enough to merge runs.
recs = [((i * 7919) % 101, "k" + str((i * 31) % 17), i) for i in range(300)]
by_int = sorted(recs, key=lambda r: r[0])
print([r[2] for r in by_int[:12]], [r[2] for r in by_int[-5:]])
by_str = sorted(recs, key=lambda r: r[1], reverse=True)
print([r[2] for r in by_str[:12]])
print(sorted([-(2**63), 2**63, 5, -5, 0] * 20)[::17])
print(sorted(["b", "a", "é", "ab", "", "z", "ä"] * 12)[::9])
print(sorted([3, 1.5, 2, True, -1.0] * 15)[::11])
words = ["pear", "fig", "apple", "kiwi", "plum"] * 20
words.sort(key=len)
print(words[:8], words[-3:])
try:
    sorted([1, "a"] * 40)
except TypeError as e:
    print(e)
try:
    sorted(list(range(70)) + ["x"])
except TypeError as e:
    print(e)
d = {}
try:
    d.get(1, 2, 3)
except TypeError as e:
    print(e)
print([].pop(1, 2), "unreached")
