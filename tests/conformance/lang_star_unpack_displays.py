a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print((*a,))
print(sorted({*a, *b, 2}))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1, "w": 0})
print({**{}, "k": 1})
print([*range(3), *"ab", *{7: 1}])
t = *a, *b
print(t, type(t).__name__)
{*range(3), *range(2, 5)}
