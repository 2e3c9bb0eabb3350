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

def f():
    h = gen2()
    next(h)
    del h
    print("deleted local")
f()

lst = [gen2()]
next(lst[0])
other = lst[0]
del lst
print("other still alive", other.gi_suspended)
other.close()
print("end")
