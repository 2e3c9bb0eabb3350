x = "global"
def a():
    x = "a"
    def b():
        global x
        x = "set by b"
        return x
    b()
    return x
assert a() == "a"
assert x == "set by b"
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(2)]
assert C().m() == "set by b"
print(C.y)
