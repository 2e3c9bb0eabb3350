# === generator object attributes ===
def countdown(n):
    while n:
        yield n
        n -= 1
g = countdown(2)
assert g.__name__ == 'countdown', g.__name__
assert g.gi_running is False, 'not running'
assert list(g) == [2, 1], 'values'
ge = (i for i in range(2))
ge.__name__
