print({x: x ** 2 for x in range(5)})
words = ["one", "two", "three", "four"]
print({w: len(w) for w in words if len(w) > 3})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({k: v for k, v in zip("abc", range(3))})
print({x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
{n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)}
