# `for a, b in enumerate(...)` and `for k, v in d.items()` take the pair apart without a
# tuple (vm.c): every other shape and every error must behave as with the tuple.


def gen(n):
    for k in range(n):
        yield k * k
    raise ValueError("gen broke")


print([(i, x) for i, x in enumerate("abc")])
print([(i, x) for i, x in enumerate("abc", 2**63 - 2)])
print([(i, x) for i, x in enumerate([7, 8], -3)])
print([t for t in enumerate("xy")])
print([(i, a, b) for i, (a, b) in enumerate([(1, 2), (3, 4)])])
print([(i, rest) for i, *rest in enumerate("pq")])

d = {"a": 1, "b": 2, "c": 3}
print([(k, v) for k, v in d.items()])
print([(k, v) for k, v in reversed(d.items())])
print([kv for kv in d.items()])
total = 0
for k, v in d.items():
    total += v
    k = v = None
print(total, k, v)

it = enumerate("hello")
for i, c in it:
    if i == 1:
        break
print(next(it), list(it))

try:
    for a, b, c in enumerate("xy"):
        pass
except ValueError as e:
    print("ValueError:", e)

try:
    for i, sq in enumerate(gen(3)):
        print(i, sq)
except ValueError as e:
    print("caught", e)

try:
    for k, v in d.items():
        d[k + "!"] = v
except RuntimeError as e:
    print("RuntimeError:", e)


def inner():
    seen = []
    for i, v in enumerate(gen(2)):
        seen.append((i, v))
    return seen


inner()
