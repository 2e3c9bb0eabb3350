values = [1, 2, 3]
mapping = {v: v * 2 for v in values}
print(mapping[1] + mapping[4])
