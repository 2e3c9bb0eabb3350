# === float repr in containers and mixed math ===
data = [1.5, 2, 3.25]
assert sum(data) == 6.75, 'sum'
assert sum(data) / len(data) == 2.25, 'mean'
assert max(data) == 3.25 and min(data) == 1.5, 'min max'
assert sorted([2, 1.5, 1]) == [1, 1.5, 2], 'sorted'
assert repr([0.1, 1e-10]) == '[0.1, 1e-10]', 'list repr'
assert str({'a': 2.0}) == "{'a': 2.0}", 'dict repr'
assert 3 * 0.1 == 0.30000000000000004, 'mul'
assert int(0.1 * 3 * 10) == 3, 'int trunc'
sum([0.1] * 10)
