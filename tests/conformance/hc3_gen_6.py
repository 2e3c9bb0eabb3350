def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen:", e)
        yield 99
    finally:
        print("gen cleanup")
g = gen()
print(next(g))
print(g.throw(ValueError("injected")))
g.close()
print("closed")
g = gen()
print(next(g), next(g))
print(next(g, "exhausted"))
