# === global in nested function ===
x = 'module'
def outer():
    x = 'outer'
    def inner():
        global x
        x = 'changed'
    inner()
    return x
assert outer() == 'outer', 'outer unchanged'
assert x == 'changed', 'global changed'
def deleter():
    global x
    del x
deleter()
x
