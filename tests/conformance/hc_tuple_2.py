t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(repr((1,)), repr(()), repr(("a", None)))
