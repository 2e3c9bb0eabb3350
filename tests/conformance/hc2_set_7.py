# set repr and operations with empty sets
print(set(), frozenset(), {1}, set([1]), repr(set("a")), set(range(0)))
e = set()
print(e | set(), e & {1}, e - {1}, {1} - e, e.union(), {1, 2}.intersection())
print(bool(e), bool({0}), len(e))
{}.add(1)
