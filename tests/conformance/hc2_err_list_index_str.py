# uncaught error: list index str
items = [1, 2, 3]
key = "1"
items[key]
