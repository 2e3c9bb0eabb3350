x = 1
slice(1, None, 2)
