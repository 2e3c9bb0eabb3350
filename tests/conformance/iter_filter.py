print(list(filter(None, [0, 1, '', 'a', None, [], [0], 0.0, 2.5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2')), list(filter(bool, [0, 3])))
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), list(f), list(f))
def attempt(fn):
    try:
        print(repr(fn()))
    except Exception as ex:
        print(type(ex).__name__, ex)
attempt(lambda: filter())
attempt(lambda: filter(None))
attempt(lambda: filter(None, [], 1))
attempt(lambda: filter(None, 1))
attempt(lambda: filter(function=None, iterable=[]))
attempt(lambda: list(filter(1, [1])))
attempt(lambda: list(filter(len, [1])))
