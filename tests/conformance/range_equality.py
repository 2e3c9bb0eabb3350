print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == range(0, 3, 1), range(1) == range(1, 0))
print(range(0, 1, 5) == range(0, 1, 7), range(3) != range(4), range(3) == [0, 1, 2], range(2) == (0, 1))
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 1, 5)) == hash(range(0, 1, 9)), hash(range(3)) == hash(range(0, 3)))
d = {range(3): 'r'}
print(d[range(0, 3, 1)], range(0, 6, 2) in {range(0, 5, 2)})
