def f():
    return [x for x in range(3) if x > y]
y = 0
print(f())
g = lambda: [i for i in range(2)]
print(g())
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
class D:
    n = 3
    sq = [n * i for i in range(3)]
