def counter():
    n = 0
    while n < 3:
        n += 1
        yield n
c = counter()
print([x for x in c])
c2 = counter()
print(next(c2), list(c2))
def gen_of_gens():
    for i in range(3):
        yield (i * 10 + j for j in range(2))
print([list(g) for g in gen_of_gens()])
