def running():
    g = yield "first"
    yield g

gen = running()
print(gen.send(None))
try:
    gen.send(1)
    gen.send(2)
    gen.send(3)
except StopIteration:
    print("stopped")
def bad():
    yield 1
b = bad()
try:
    b.send("x")
except TypeError as e:
    print(e)
