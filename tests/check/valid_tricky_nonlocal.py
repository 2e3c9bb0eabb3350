# stubs: files.pyi
def counter():
    count = 0
    def inc() -> int:
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
print(c(), c())
