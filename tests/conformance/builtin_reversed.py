print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1,))), list(reversed([])))
r = reversed([10, 20])
print(next(r), next(r), next(r, None))
print("".join(reversed("stressed")))
d = {"a": 1, "b": 2}
print(list(reversed(d)))
try:
    reversed(5)
except Exception as e:
    print(type(e).__name__ + ":", e)
