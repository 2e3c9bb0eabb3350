def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
        return "ret"

def outer():
    r = yield from gen()
    print("delegate returned", r)
    yield "after"

o = outer()
print(next(o))
o.close()
o2 = outer()
print(list(o2))
def sub():
    try:
        yield "s"
    finally:
        print("sub cleanup")
def top():
    try:
        yield from sub()
    finally:
        print("top cleanup")
t = top()
next(t)
t.close()
