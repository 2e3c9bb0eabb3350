# generator that yields from another and is closed early
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def outer():
    try:
        yield from inner()
    finally:
        print("outer closed")
g = outer()
print(next(g))
g.close()
for x in outer():
    print(x)
    break
print("after break")
