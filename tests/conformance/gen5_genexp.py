def read(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup", tag)

for sq in (x * x for x in read("a")):
    if sq > 3:
        break
print("after a")

def pipeline():
    for e in (x for x in read("d") if x % 2 == 0):
        if e > 0:
            return e
print("pipeline", pipeline())

squares = (x * x for x in range(10))
for s in squares:
    if s > 10:
        break
print("squares left:", list(squares))
