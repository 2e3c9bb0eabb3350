def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            return i
r = find([1, 2], 3)
print(r, r is None, repr(r), type(r).__name__, str(r))
print([find("abc", c) for c in "cz"])
result = find([1, 2], 2) or "missing"
print(result)
print(None == 0, None == False, not None, [None] * 2)
len(r)
