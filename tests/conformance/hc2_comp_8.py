# generator expressions as function arguments
print(sum(i * i for i in range(10)), min(len(w) for w in ["aa", "b"]), "".join(c.upper() for c in "ab"))
print(sorted((x % 3, x) for x in range(6)), tuple(x for x in "hi"), dict((k, 0) for k in "ab"))
print(list(zip((i for i in range(3)), "abc")), all(x > 0 for x in []), any(x for x in [0, ""]))
print(set(i for i in [1, 1, 2]), next(x for x in range(10) if x > 4))
next(x for x in range(3) if x > 5)
