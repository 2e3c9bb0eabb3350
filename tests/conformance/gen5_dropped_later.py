# CPython closes these at once (reference counts); moat closes them when a collection
# finds them unreachable, later (see interp/gen_final.c). The last one CPython closes
# after the except block (the traceback keeps the generator expression's frame, whose
# hidden argument is the generator); moat closes it as the exception leaves the loop.
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

def inverse():
    try:
        yield 2
        yield 1
        yield 0
    finally:
        print("inverse closed")
try:
    for v in (1 / x for x in inverse()):
        print(v)
except ZeroDivisionError as e:
    print("caught", e)

def find_line(lines, word):
    for n, line in enumerate(lines):
        if word in line:
            return n
    return -1

def text():
    try:
        yield "alpha"
        yield "beta"
        yield "gamma"
    finally:
        print("text closed")
print(find_line(text(), "beta"))

