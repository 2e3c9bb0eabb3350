# uncaught error: dict unhashable key
counts = {}
key = ["a", "b"]
counts[key] = 1
