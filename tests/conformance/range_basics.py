r = range(10)
print(r, range(2, 5), range(0, 10, 3), range(5, 0, -1), range(-3), range(0))
print(len(r), len(range(2, 5)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(-3)), len(range(10, 0)))
print(list(range(5)), list(range(2, 12, 4)), list(range(3, -4, -2)), list(range(0)))
print(r[0], r[-1], r[5], range(0, 10, 3)[2], range(5, 0, -1)[-1])
print(r.start, r.stop, r.step, range(1, 9, 2).step)
print(bool(range(0)), bool(range(1)), bool(range(5, 2)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
total = 0
for i in range(1, 4):
    total += i
print(total, [x * x for x in range(4)])
print(range(True, 5), range(3)[True])
r
