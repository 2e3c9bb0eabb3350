t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:3], t[::-1], len(t))
print((1,) == (1,), (1, 2) < (1, 3), () < (0,), tuple("ab"), tuple(range(3)), (1, [2])[1])
single = (5,)
not_tuple = (5)
print(type(single).__name__, type(not_tuple).__name__, hash((1, 2)) == hash((1, 2)))
x = (1, [2, 3])
x[1].append(4)
print(x)
try:
    x[1] += [5]
except TypeError as e:
    print(e, x)
t.index(99)
