def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: sorted([1, 'a']))
attempt(lambda: sorted(['a', 1]))
attempt(lambda: [1, 'a'].sort())
attempt(lambda: [3, None, 1].sort())
attempt(lambda: [1, 2].sort(1))
attempt(lambda: [1, 2].sort(reverse=True, key=None, x=1))
attempt(lambda: [3, 1].sort(key=1))
attempt(lambda: [1, 2].sort(key=len))
attempt(lambda: [].sort(key=1))
attempt(lambda: [1].sort(key=1))
attempt(lambda: [1, 2].sort(1, 2, 3))
l = [3, 1, 2]
def bad(v):
    if v == 1:
        raise ValueError('no ones')
    return v
attempt(lambda: l.sort(key=bad))
print(l)
