# === walrus in comprehensions ===
data = [1, 5, 3, 8, 2]
running = []
total = 0
res = [total := total + v for v in data]
assert res == [1, 6, 9, 17, 19], res
assert total == 19, 'walrus leaks to enclosing scope'
big = [y for v in data if (y := v * 2) > 5]
assert big == [10, 6, 16], big
assert y == 4, 'last assigned'
def f():
    [last := i for i in range(3)]
    return last
assert f() == 2, 'function scope'
if (n := len(data)) > 3:
    msg = f'long list ({n})'
msg
