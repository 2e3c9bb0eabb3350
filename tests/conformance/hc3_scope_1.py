x = "global"
def f():
    x = "local"
    def g():
        nonlocal x
        x = "modified"
    g()
    return x
print(f(), x)
def h():
    global x
    x = "rebound"
h()
print(x)
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y, C.x)
