values = {"a": 1}
total = sum(values[k] for k in ["a", "b"])
