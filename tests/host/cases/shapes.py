s = shapes()
for k in s:
    print(k, repr(s[k]), type(s[k]).__name__)
print(big_number(40))
print(big_number(5) + 1, type(big_number(30)))
print(echo(None, True, 3, -2.5, "é", b"x\x00", (1, [2]), {3}, frozenset({4}), {"k": [1]}, {1: 2}))
print(echo(2 ** 70, -(2 ** 64), 1e-300, float("inf")))
print(echo(key=(1, 2), other={"$tuple": [1]}))
s
