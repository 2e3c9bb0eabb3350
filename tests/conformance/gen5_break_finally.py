def read(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

for x in read("a"):
    print("got", x)
    break
print("after a")

def first():
    for x in read("b"):
        return x
print("first", first())

def nested():
    for i in range(2):
        for x in read("c%d" % i):
            if x == 1:
                break
        print("inner done", i)
nested()

for x in read("d"):
    continue
print("after d (exhausted)")

for x in read("e"):
    pass
else:
    print("else e")
