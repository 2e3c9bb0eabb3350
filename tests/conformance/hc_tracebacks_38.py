def gen():
    for i in range(3):
        yield 10 // (1 - i)
total = sum(gen())
