def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = resource()
print(next(g))
g.close()
print("closed")
print(next(g, "nothing"))
for x in resource():
    print("got", x)
h = resource()
h.close()
print("never started, no cleanup")
