vals = [3, "a", 1]
sorted(vals)
