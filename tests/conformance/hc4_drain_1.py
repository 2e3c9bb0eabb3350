def values():
    yield 1
    yield "two"
    print("generator kept going")
    yield 3

try:
    print(sum(values()))
except TypeError as e:
    print("sum:", e)
try:
    print(set([1, [2]] for _ in range(1)))
except TypeError as e:
    print("set:", e)
def pairs():
    yield ("a", 1)
    yield 5
    print("pairs kept going")
    yield ("b", 2)
try:
    dict(pairs())
except TypeError as e:
    print("dict:", e)
