def read(tag):
    try:
        for i in range(4):
            yield i
    finally:
        print("cleanup", tag)

g = read("held")
for x in g:
    print("first loop", x)
    break
print("still open:", next(g))
for x in g:
    print("second loop", x)
print("done held")

keep = []
def make():
    it = read("listed")
    keep.append(it)
    return it
for x in make():
    break
print("listed not closed:", next(keep[0]))

def passthrough(it):
    return it
h = read("passed")
for x in passthrough(h):
    break
print("passed not closed:", next(h))
print("end")
