def inner(tag):
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        print("inner cleanup", tag)

def outer(tag):
    try:
        yield from inner(tag)
    finally:
        print("outer cleanup", tag)

for x in outer("a"):
    print(x)
    break
print("after a")

def chain():
    yield from outer("b")
for x in chain():
    print(x)
    break
print("after b")
