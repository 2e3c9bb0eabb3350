x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer())
def reads_global():
    return x
print(reads_global())
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadows_builtin(), len("abc"))
max = lambda *a: "global max"
print(max(1, 2))
del max
print(max(1, 2))
