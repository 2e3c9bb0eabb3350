# unpacking in for loops and comprehensions
pairs = [("a", 1), ("b", 2)]
for k, v in pairs:
    print(k, v)
for i, (k, v) in enumerate(pairs):
    print(i, k, v)
print([k * v for k, v in pairs], {v: k for k, v in pairs})
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
for a, *rest in [(1, 2, 3), (4,)]:
    print(a, rest)
for x, y in [(1, 2), (3,)]:
    print(x, y)
