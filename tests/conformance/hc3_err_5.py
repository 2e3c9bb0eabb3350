data = {"a": 1}
data.append(2)
