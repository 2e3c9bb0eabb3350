numbers = [4, 2, 0, 5]
ratios = [100 // n for n in numbers]
