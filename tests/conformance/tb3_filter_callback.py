vals = [1, None, 3]
print(list(filter(lambda v: v > 1, vals)))
