# close and GeneratorExit
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exiting")
        raise
    finally:
        print("finally")
g = gen()
print(next(g))
g.close()
g.close()
print(list(g))
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
b.close()
