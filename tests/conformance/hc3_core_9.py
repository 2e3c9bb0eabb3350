x = 10
def outer():
    x = 20
    def inner():
        return x
    x = 30
    return inner
print(outer()())
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls, counter.__name__)
fs = {}
for name in ["a", "b"]:
    fs[name] = lambda name=name: name.upper()
print({k: f() for k, f in fs.items()})
