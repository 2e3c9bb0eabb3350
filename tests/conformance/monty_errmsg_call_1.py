# === call error messages ===
def no_args():
    pass
def one(a):
    pass
def two(a, b):
    pass
def defaults(a, b=1, c=2):
    pass
def kwonly(*, k):
    pass
def posonly(a, /):
    pass
def varargs(*args):
    pass
tests = [
    lambda: no_args(1),
    lambda: no_args(x=1),
    lambda: one(),
    lambda: one(1, 2),
    lambda: one(b=1),
    lambda: one(1, a=1),
    lambda: two(1),
    lambda: two(),
    lambda: defaults(),
    lambda: defaults(1, 2, 3, 4),
    lambda: kwonly(),
    lambda: kwonly(1),
    lambda: kwonly(k=1, j=2),
    lambda: posonly(a=1),
    lambda: posonly(),
    lambda: varargs(x=1),
    lambda: one(*5),
    lambda: one(**5),
    lambda: one(**{'a': 1, 'b': 2}),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len([], []),
    lambda: print(foo=1),
    lambda: sorted([], cmp=None),
    lambda: abs(x=1),
    lambda: int(1, 2, 3),
    lambda: 'a'.split(x=1),
    lambda: [].sort(1),
    lambda: dict.get(),
    lambda: {}.get(1, 2, 3),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: zip(strict=1, x=2),
    lambda: enumerate(),
    lambda: iter(),
    lambda: next(),
    lambda: getattr(),
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
    lambda: min(),
    lambda: max(1),
    lambda: sum(),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
two(1, 2, 3)
