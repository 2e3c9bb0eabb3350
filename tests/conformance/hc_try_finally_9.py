def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("got", v)
    break
print("after break")
def gen2():
    try:
        yield "a"
    except GeneratorExit:
        print("generator exit seen")
        raise
    finally:
        print("gen2 finally")
g = gen2()
print(next(g))
del g
print("deleted")
def gen3():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
print(list(gen3()))
