def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
attempt(lambda: l[::0])
attempt(lambda: l['a':])
attempt(lambda: l[:1.5])
attempt(lambda: l[::'x'])
attempt(lambda: slice())
attempt(lambda: slice(1, 2, 3, 4))
attempt(lambda: slice(x=1))
attempt(lambda: slice(1, 2, 0).indices(3))
attempt(lambda: slice(1).indices(-1))
attempt(lambda: slice(1).indices('a'))
attempt(lambda: slice(1).indices())
attempt(lambda: slice('a').indices(3))
attempt(lambda: slice(1, 2) < 3)
attempt(lambda: hash(slice([], 1)))
attempt(lambda: l[10**20:])
attempt(lambda: l[-10**20:10**20])
attempt(lambda: l[::10**20])
attempt(lambda: l[::-10**20])
