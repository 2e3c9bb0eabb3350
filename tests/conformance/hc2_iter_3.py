# map and filter laziness and multiple iterables
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m), list(m))
f = filter(str.isalpha, "a1b2c")
print("".join(f))
print(list(map(int, "123")), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, ["a"])))
calls = []
m2 = map(calls.append, range(3))
print(calls)
next(m2)
print(calls)
list(map(lambda x: x.upper(), ["a", 1]))
