# tuple basics
t = (1, "a", 2.5, None)
print(t, len(t), t[1], t[-1], t[1:3], t.index("a"), t.count(1), (1,) + (2,), (0,) * 3)
print((), (1,), tuple("ab"), tuple([1, 2]), 1, (1))
a, *rest = t
print(a, rest, tuple(reversed(t)), t == (1, "a", 2.5, None), (1, 2) < (1, 2, 3))
t[0] = 5
