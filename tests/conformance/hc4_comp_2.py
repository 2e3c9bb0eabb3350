x = 10
result = [x for x in range(3)]
assert x == 10
total = [y := 5, y ** 2]
print(result, total, y)
data = [3, 8, 1, 9, 4]
running = []
s = 0
evens_so_far = [s := s + v for v in data]
print(evens_so_far, s)
filtered = [m for v in data if (m := v * 2) > 8]
print(filtered, m)
