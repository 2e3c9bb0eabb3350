x = "global"
def f():
    x = "local"
    def g():
        return x
    return g()
print(f(), x)
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.x, C.y)
def h():
    return [x for x in "ab"], x
print(h())
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
