# === generator basics ===
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
assert next(g) == 0, 'first'
assert list(g) == [1, 2], 'rest'
assert list(g) == [], 'exhausted'
def gen_return():
    yield 1
    return 'done'
g2 = gen_return()
next(g2)
try:
    next(g2)
except StopIteration as e:
    assert e.value == 'done', e.value
    assert e.args == ('done',), e.args
squares = (x * x for x in range(4))
assert sum(squares) == 14, 'genexpr'
assert sum(squares) == 0, 'genexpr exhausted'
next(count_up(0))
