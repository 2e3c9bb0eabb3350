def sub():
    yield 1
    yield 2
    return "sub-done"

def main():
    r = yield from sub()
    yield r
    r2 = yield from [10, 20]
    yield r2
    yield from (c.upper() for c in "ab")

print(list(main()))
