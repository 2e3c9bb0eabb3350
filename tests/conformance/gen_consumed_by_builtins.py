def squares(n):
    for i in range(n):
        yield i * i

print(sum(squares(4)), max(squares(5)), min(x for x in [3, 1, 2]), sorted(squares(3), reverse=True))
print(list(squares(3)), tuple(squares(2)), set(squares(3)), frozenset(squares(2)), dict((i, -i) for i in range(2)))
print("-".join(str(x) for x in squares(3)), b"".join(bytes([x]) for x in [65, 66]))
print([*squares(3), *(c for c in "ab")], {*squares(2)}, (*squares(2),))
print(*squares(3))
g = squares(5)
next(g)
print(list(g), list(g))
h = squares(3)
print(sum(h, 10), sum(squares(0)))
try:
    max(x for x in [])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("TypeError:", e)

def reentrant():
    yield list(me)

me = reentrant()
try:
    list(me)
except ValueError as e:
    print("ValueError:", e)

def bad(n):
    yield 1
    yield n / 0

total = sum(bad(3))
