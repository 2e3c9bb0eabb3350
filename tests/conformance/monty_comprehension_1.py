# === comprehension scoping ===
x = 'outer'
lst = [x for x in range(3)]
assert x == 'outer', 'no leak'
assert lst == [0, 1, 2], 'value'
nested = [(i, j) for i in range(3) for j in range(i)]
assert nested == [(1, 0), (2, 0), (2, 1)], nested
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(3)]
assert transposed == [[1, 4], [2, 5], [3, 6]], transposed
flat = [v for row in matrix for v in row if v % 2]
assert flat == [1, 3, 5], flat
cond = ['even' if n % 2 == 0 else 'odd' for n in range(3)]
assert cond == ['even', 'odd', 'even'], cond
[y for y in range(3) if y > w]
