# === list comparisons ===
assert [1, 2, 3] < [1, 2, 4], 'lt'
assert [1, 2] < [1, 2, 0], 'prefix'
assert [] < [0], 'empty'
assert [1, [2, 3]] == [1, [2, 3]], 'nested eq'
assert [1, 2] != [2, 1], 'order matters'
assert [1.0, 2] == [1, 2.0], 'numeric eq'
assert not ([1, 2] == (1, 2)), 'list vs tuple'
assert max([[1, 2], [1, 3], [0, 9]]) == [1, 3], 'max lists'
[1, 2] < [1, 'a']
