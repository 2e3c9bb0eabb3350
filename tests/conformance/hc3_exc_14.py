x = {"a": [1, 2, 3]}
print(x["a"][1])
print(x["a"][5])
