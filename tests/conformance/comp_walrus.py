data = [4, 7, 1, 9, 3]
print([y for x in data if (y := x * 2) > 6])
print(y)
running = 0
sums = [running := running + v for v in data]
print(sums, running)
def f():
    found = [w for w in ["aa", "bbb", "c"] if (n := len(w)) > 1]
    return found, n
print(f())
last = None
[last := c for c in "xyz"]
last
