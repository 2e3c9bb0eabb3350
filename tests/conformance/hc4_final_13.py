x = 1
range(1, 10, 3)
