# closure __closure__ cell contents
def outer(a):
    b = a * 2
    def inner():
        return a + b
    return inner
f = outer(3)
print(f(), len(f.__closure__), sorted(c.cell_contents for c in f.__closure__))
print(f.__name__, f.__qualname__, outer.__code__.co_name if False else "skip")
print(callable(f), f.__defaults__, (lambda: 0).__closure__)
f.__closure__[0].cell_contents
