def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
def g(x, /):
    return x
def h(*, k):
    return k
probes = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=3),
    lambda: f(1, 2, 3, c=3, e=5),
    lambda: f(1, a=1, c=2),
    lambda: f(c=1),
    lambda: g(x=1),
    lambda: g(),
    lambda: g(1, 2),
    lambda: h(1),
    lambda: h(),
    lambda: h(k=1, j=2),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda *a: a)(*"ab", *[1]),
    lambda: (lambda **k: k)(**{"a": 1}, b=2),
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(1, **{1: 2}),
    lambda: f(1, c=1, **{"c": 2}),
    lambda: print(*[1, 2], sep="|") or "ok",
    lambda: dict(**{"a": 1}, a=2),
    lambda: max(*[]),
    lambda: int(*["12"], **{"base": 3}),
]
for i, p in enumerate(probes):
    try:
        print(i, repr(p()))
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
