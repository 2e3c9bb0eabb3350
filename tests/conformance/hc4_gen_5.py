def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
g.close()
g.close()
print(list(g))
def gen2():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g2 = gen2()
next(g2)
g2.close()
