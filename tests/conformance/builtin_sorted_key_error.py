# the key function raises while sorting; its frame is a <lambda>
print(sorted([{'n': 3}, {'n': 0}], key=lambda r: r['n']))
records = [{"n": 2}, {"n": 1}, {"m": 0}]
print(sorted(records[:2], key=lambda r: r["n"]))
print(sorted(records, key=lambda r: r["n"]))
