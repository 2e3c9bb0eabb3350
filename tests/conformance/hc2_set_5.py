# set comprehension and membership of mixed types
s = {x % 5 for x in range(20)}
print(s, {1, 1.0, True}, {0, False, 0.0}, len({1, "1"}))
print({(i, i) for i in range(2)} == {(0, 0), (1, 1)}, sorted({-1, 5, 3}))
try:
    {1, [2]}
except TypeError as e:
    print(e)
{frozenset({1}), frozenset([1])}
