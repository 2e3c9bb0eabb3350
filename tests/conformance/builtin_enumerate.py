for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], 1)))
print(list(enumerate(["x", "y"], start=-2)))
print(list(enumerate([])))
e = enumerate("pq")
print(next(e), next(e), next(e, "done"))
dict(enumerate("hey", 10))
