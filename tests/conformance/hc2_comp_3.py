# comprehension in class body scope
class C:
    base = 10
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    try:
        shifted = [x + base for x in items]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
class D:
    n = 3
    sq = [i * i for i in range(n)]
D.sq
