def counter():
    yield 1

it = counter()
next(it)
next(it)
