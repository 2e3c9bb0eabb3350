# set of ints ordering in repr is deterministic for small ints
s = {5, 3, 9, 1, 7}
print(s, sorted(s))
s.discard(3)
s.add(2)
print(s)
print({4, 12, 3}, {100, 10, 1000})
frozenset({4, 2, 8})
