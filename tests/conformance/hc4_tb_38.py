data = {"a": [1, 2], "b": "xyz"}
for key in data:
    print(key, sum(data[key]))
