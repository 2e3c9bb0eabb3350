# enumerate, zip, reversed behaviors
print(list(enumerate("abc", 10)), list(zip("ab", [1, 2, 3])), list(zip()))
print(list(zip("ab", "xy", strict=True)))
try:
    list(zip("abc", "xy", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", "xy", strict=True))
except ValueError as e:
    print(e)
print(list(reversed(range(4))), list(reversed({"a": 1, "b": 2})), list(reversed((1, 2))))
reversed({1, 2})
