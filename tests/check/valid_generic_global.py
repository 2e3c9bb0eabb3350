# stubs: search.pyi
counter = 0

def bump() -> int:
    global counter
    counter += 1
    return counter

bump()
bump()
print(counter)
