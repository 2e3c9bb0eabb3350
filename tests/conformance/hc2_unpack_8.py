# unpacking generator and too many values
def gen():
    yield 1
    yield 2
    yield 3
a, b, c = gen()
print(a, b, c)
first, *rest = gen()
print(first, rest)
x, y = gen()
