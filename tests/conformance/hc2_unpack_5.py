# duplicate keyword and positional-only errors
def f(a, b, /, c, *, d):
    return a + b + c + d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(1, 2, 3, 4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)
f(1, 2, 3, d=4, **{"d": 5})
