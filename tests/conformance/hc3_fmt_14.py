lst = list(range(10))
lst[::2] = [1, 2]
