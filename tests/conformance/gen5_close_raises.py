def bad():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("from finally")

for x in bad():
    break
print("after break: the error is ignored")

def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("caught exit, yielding again")
    yield 2

for x in ignores():
    break
print("after ignores")

g = bad()
next(g)
try:
    g.close()
except ValueError as e:
    print("explicit close raised", e)

h = ignores()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("explicit close:", e)
print("end")
