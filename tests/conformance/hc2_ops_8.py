# comparisons of mixed containers and numbers
print([1, 2] == [1.0, 2.0], (1, 2) == (1, 2.0), {1: "a"} == {1.0: "a"}, {1, 2} == {2.0, 1.0})
print([1, [2]] < [1, [3]], (1, "a") < (1, "b"), [1, 2, 3] > [1, 2], "abc" > "ab")
print(max([(1, "b"), (1, "a")]), min([[3], [1, 9], [1]]), sorted([(2,), (1, 5), (1,)]))
print(1 == 1 == 1.0, 1 is not None, 0 == False == 0.0, "" != [] != ())
print([] == (), [] == [], {} == set(), range(3) == range(0, 3, 1), range(0) == range(2, 2))
[1, 2] < [1, "2"]
