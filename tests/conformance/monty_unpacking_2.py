# === unpacking errors ===
for src in [[1], [1, 2, 3], 'abcd', 5]:
    try:
        a, b = src
        print('ok', a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
x, y = {'k': 1, 'j': 2}
assert (x, y) == ('k', 'j'), 'dict unpack'
(a, b), c = [1, 2], 3
[a, b, c]
