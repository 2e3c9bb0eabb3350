items = [1, 2]
print("total:", sum(items) + "x")
