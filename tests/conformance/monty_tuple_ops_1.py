# === tuple basics ===
t = (1, 2, 3)
assert t[0] == 1 and t[-1] == 3, 'index'
assert t[1:] == (2, 3), 'slice'
assert t + (4,) == (1, 2, 3, 4), 'concat'
assert t * 2 == (1, 2, 3, 1, 2, 3), 'repeat'
assert t.count(2) == 1 and t.index(3) == 2, 'methods'
assert (1,) == tuple([1]), 'single'
assert () == tuple(), 'empty'
assert len(()) == 0, 'empty len'
assert tuple('ab') == ('a', 'b'), 'from str'
assert (1, 2) < (1, 3) and (1, 2) < (1, 2, 0), 'compare'
t.index(9)
