# === frozenset and set interplay ===
fs = frozenset('hello')
s = set('world')
print(sorted(fs & s), sorted(fs | s), sorted(fs - s), sorted(s ^ fs))
print(type(fs & s).__name__, type(s & fs).__name__)
assert frozenset() == set(), 'empty eq'
assert {frozenset({1, 2}): 'a'}[frozenset({2, 1})] == 'a', 'key'
assert fs.issuperset('he') and fs.isdisjoint('xyz'), 'methods iterable args'
sets = [{1, 2}, {2, 3}, {2, 4}]
common = set.intersection(*sets)
assert common == {2}, common
union = set().union(*sets)
assert union == {1, 2, 3, 4}, union
set.union()
