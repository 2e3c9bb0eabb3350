print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb'])), list(map(pow, [2, 3], [5, 2])))
print(list(map(lambda x, y, z: x + y + z, 'ab', 'cd', 'ef')), list(map(abs, [])), list(map(max, [1, 5], [4, 2], [3, 3])))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
print(list(map(pow, [1, 2], [3, 4], strict=True)))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)
attempt(lambda: map())
attempt(lambda: map(len))
attempt(lambda: map(len, 1))
attempt(lambda: list(map(None, [1])))
attempt(lambda: list(map(len, [1])))
attempt(lambda: list(map(pow, [1, 2], [3], strict=True)))
attempt(lambda: list(map(pow, [1], [3, 4], strict=True)))
attempt(lambda: list(map(pow, [1], [3], [1, 2], strict=True)))
attempt(lambda: map(len, [], x=1))
attempt(lambda: map(len, [], strict=True, x=1))
calls = []
def f(x):
    calls.append(x)
    return x
lazy = map(f, [1, 2, 3])
print(calls)
print(next(lazy), calls)
