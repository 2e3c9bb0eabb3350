def read(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print("cleanup", tag)

def pairs():
    try:
        for a in read("outer"):
            for b in read("inner-%d" % a):
                yield a, b
    finally:
        print("pairs done")

for p in pairs():
    print(p)
    if p == (1, 1):
        break
print("after pairs")

def search():
    for a in read("s1"):
        for b in read("s2"):
            if a + b == 2:
                return a, b
print(search())
