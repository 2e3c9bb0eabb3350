point = (3, 4, 5)
x, y = point
