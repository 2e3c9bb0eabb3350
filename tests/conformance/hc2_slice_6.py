# tuple and range slicing
r = range(0, 20, 3)
print(r[2:5], list(r[2:5]), r[::-1], list(r[::-1])[:3], r[-1], len(r), r.index(9), 9 in r, 10 in r)
print(range(5)[1:100], range(10)[::-3], range(-5, 5)[-2:], list(range(10, 0, -3)))
t = tuple(range(6))
print(t[1::2], t[:0], t[4:1:-1], type(t[1:2]).__name__)
r[100]
