def read(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

a = read("a")
b = a
next(a)
del a
print("b still open:", b.gi_suspended)
del b
print("after del b")

def f():
    g = read("local")
    next(g)
    del g
    print("after del local")
f()

def no_handler():
    yield 1
    yield 2
n = no_handler()
next(n)
del n
print("plain generator dropped")

c = read("c")
next(c)
del c
print("end")
