# asserts over list/dict operations
a = [5, 2, 8, 1]
assert sorted(a) == [1, 2, 5, 8] and a == [5, 2, 8, 1]
assert a[::-1] == [1, 8, 2, 5] and a[1:3] == [2, 8]
assert a.index(8) == 2 and a.count(2) == 1 and len(a) == 4
assert max(a) == 8 and min(a) == 1 and sum(a) == 16
assert [x * 2 for x in a if x > 2] == [10, 16]
assert list(zip(a, "abcd")) == [(5, "a"), (2, "b"), (8, "c"), (1, "d")]
d = {"x": 1, "y": 2}
assert list(d) == ["x", "y"] and list(d.values()) == [1, 2]
assert d.get("z") is None and d.get("z", 3) == 3
assert {**d, "x": 9} == {"x": 9, "y": 2}
assert dict(sorted({"b": 1, "a": 2}.items())) == {"a": 2, "b": 1}
assert {k: v for k, v in d.items() if v > 1} == {"y": 2}
assert [1, 2] * 2 == [1, 2, 1, 2] and [[]] * 2 == [[], []]
b = a
b.append(0)
assert a is b and a[-1] == 0
print("all container asserts passed")
assert a == sorted(a), a
