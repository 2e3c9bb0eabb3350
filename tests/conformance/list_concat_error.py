nums = [1, 2]
total = nums + (3,)
