# syntax error: walrus in comp iter
xs = [y for y in (z := [1, 2])]
print([q := 1 for q in range(3)])
