# late binding closures
fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print([f() for f in fs])
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])
def outer():
    v = 1
    def inner():
        return v
    v = 2
    return inner
outer()()
