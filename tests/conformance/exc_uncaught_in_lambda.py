# the lambda frame appears under the map() call
transform = lambda row: row[0] / row[1]
rows = [(4, 2), (9, 3), (1, 0)]
print([transform(r) for r in rows[:2]])
print(list(map(transform, rows)))
