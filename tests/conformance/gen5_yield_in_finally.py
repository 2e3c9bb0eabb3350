def stubborn():
    try:
        yield 1
    finally:
        print("finally runs")
        yield 2
        print("not reached")

for v in stubborn():
    print("got", v)
    break
print("after loop: RuntimeError was ignored")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close:", e)
print(g.gi_suspended)
