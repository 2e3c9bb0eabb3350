l = [3, 1, 2]
print(l, len(l), l[0], l[-1], l[1:], l[::-1], l[::2], l[10:], l[-10:1])
print([], [[]], [1, [2, [3]]], list(), list((1, 2)), list("abc"), list(range(4)), list({1: 'a', 2: 'b'}))
print(l + [4], l * 2, 2 * l, l * 0, [] * 3, [0] * 5)
print(3 in l, 4 in l, 4 not in l)
l[0] = 10
l[-1] = 20
print(l)
del l[1]
print(l)
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 9], [] <= [], [1, 2] >= [1, 2])
print([1, 2] == (1, 2), bool([]), bool([0]))
m = [1, 2, 3]
print(m[:] is m, list(m) is m, m[:] == m)
l
