numbers = [3, 1, 4]
numbers.sort(key=lambda n: n.upper())
