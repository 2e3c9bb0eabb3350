# uncaught error: iter next list
items = [1, 2]
next(items)
