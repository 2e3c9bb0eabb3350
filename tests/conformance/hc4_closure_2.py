def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = middle()
    f()
    f()
    return x

assert outer() == 21
funcs = [lambda i=i: i * i for i in range(5)]
assert [f() for f in funcs] == [0, 1, 4, 9, 16]
late = [lambda: i for i in range(3)]
assert [f() for f in late] == [2, 2, 2]
[f() for f in late]
