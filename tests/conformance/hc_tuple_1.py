t = (1, 2, 3)
print(t, t[0], t[-1], len(t), t + (4,), t * 2, 2 in t, t.index(3), t.count(1))
print((), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () == ())
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], hash((1, 2)) == hash((1, 2)))
single = 5,
print(single, type(single).__name__)
a, = single
print(a)
