try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = "ab"
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
for k, v in {"a": 1}:
    pass
