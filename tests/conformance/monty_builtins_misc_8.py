# === len on many types ===
assert len('abc') == 3 and len(b'ab') == 2, 'str bytes'
assert len([1]) == 1 and len((1, 2)) == 2, 'list tuple'
assert len({1: 2}) == 1 and len({1, 2, 3}) == 3, 'dict set'
assert len(range(0, 100, 7)) == 15, 'range'
assert len({}.keys()) == 0, 'keys view'
assert len(frozenset()) == 0, 'frozenset'
len(5)
