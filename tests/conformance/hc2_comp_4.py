# walrus in comprehensions
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6], y)
total = 0
sums = [total := total + x for x in data]
print(sums, total)
print([m for s in ["a1", "bb", "c3"] if (m := s[-1]).isdigit()])
def f():
    return [last := v for v in range(3)], last
f()
