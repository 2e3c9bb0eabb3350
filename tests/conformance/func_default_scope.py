size = 3
def make(n=size, items=[size] * 2):
    return n, items
size = 99
print(make())
def outer():
    local = "enclosing"
    def inner(v=local):
        return v
    local = "changed"
    return inner()
print(outer())
def defaults_see_earlier():
    a = 1
    def f(x=a, y=a + 1):
        return x, y
    return f()
print(defaults_see_earlier())
