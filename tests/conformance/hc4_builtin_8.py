from functools import cmp_to_key, reduce, partial
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9], key=cmp_to_key(lambda a, b: cmp(b, a))))
print(reduce(lambda acc, x: acc * x, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
base2 = partial(int, base=2)
print(base2("1010"), base2.func is int, base2.keywords)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
stable = sorted([("x", 2), ("y", 1), ("z", 2), ("w", 1)], key=lambda t: t[1])
print(stable)
reduce(lambda a, b: a + b, [])
