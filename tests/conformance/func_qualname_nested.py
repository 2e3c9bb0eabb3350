def a():
    def b():
        def c():
            return (lambda: (lambda: 1))()()
        return c.__qualname__, c()
    return b()
print(a())
f = lambda: lambda: lambda: 0
print(f.__qualname__, f().__qualname__, f()().__qualname__)
