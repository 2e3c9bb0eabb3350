from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 7))
print(reduce(lambda a, b: [b] + a, "abc", []))
print(reduce(lambda a, b: a + b, ["x"]))
print(reduce(lambda a, b: a + b, [1, 2], initial=100))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)
try:
    reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print(e)
try:
    reduce(lambda a, b: a + b)
except TypeError as e:
    print(e)
def boom(a, b):
    if b == 3:
        raise ValueError("three")
    return a + b
try:
    reduce(boom, [1, 2, 3, 4])
except ValueError as e:
    print("caught", e)
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
