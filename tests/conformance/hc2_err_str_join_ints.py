# uncaught error: str join ints
ids = [1, 2, 3]
print(", ".join(ids))
