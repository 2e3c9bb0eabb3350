# A `return *[1], 2` (re-read by lowering) after enough statements that its node index lies
# past the end of the re-read fragment: the return's place was read from the wrong tree.
v0 = [0, (0, 0 + 1), {'k': 0}]
v1 = [1, (1, 1 + 1), {'k': 1}]
v2 = [2, (2, 2 + 1), {'k': 2}]
v3 = [3, (3, 3 + 1), {'k': 3}]
v4 = [4, (4, 4 + 1), {'k': 4}]
v5 = [5, (5, 5 + 1), {'k': 5}]
v6 = [6, (6, 6 + 1), {'k': 6}]
v7 = [7, (7, 7 + 1), {'k': 7}]
v8 = [8, (8, 8 + 1), {'k': 8}]
v9 = [9, (9, 9 + 1), {'k': 9}]
v10 = [10, (10, 10 + 1), {'k': 10}]
v11 = [11, (11, 11 + 1), {'k': 11}]


def f():
    return *[1], 2


print(f())


def g(n):
    return *[1], 10 // n


print(f(), g(5))
g(0)
