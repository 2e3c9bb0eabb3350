a, *b = range(4)
print(a, b)
*c, d = 'xyz'
print(c, d)
(e, f), g = [(1, 2), 3]
print(e, f, g)
print([*range(3), *'ab', *{1: 0}], (*[1], *(2,)), {*[1, 2], *(2, 3)})
print({**{'a': 1}, **dict(b=2)})
first, second = {'one': 1, 'two': 2}
print(first, second)
x, y = {5: 'a', 6: 'b'}.items()
print(x, y)
