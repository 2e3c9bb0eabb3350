# === comparisons between incompatible types ===
pairs = [(1, 'a'), ('a', None), ([1], (1,)), ({1}, [1]), (None, None), ({}, {})]
for a, b in pairs:
    try:
        print(repr(a), '<', repr(b), '=', a < b)
    except TypeError as e:
        print(e)
    print(repr(a), '==', repr(b), '=', a == b)
{'a': 1} <= {'a': 1}
