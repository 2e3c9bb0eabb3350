# CPython closes these at once (reference counts); moat closes them when a collection
# finds them unreachable, later (see interp/gen_final.c).
def read(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup", tag)

print(next(x for x in read("next") if x > 1))
print(any(x > 2 for x in read("any")))

def local_only():
    g = read("local")
    return next(g)
print(local_only())

for i, x in enumerate(read("enumerate")):
    break
print("after enumerate")

g = read("rebound")
next(g)
g = None
print("after rebinding")
