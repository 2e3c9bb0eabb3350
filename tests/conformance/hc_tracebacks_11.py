nums = [1, 2, 0, 4]
result = list(map(lambda n: 10 // n, nums))
