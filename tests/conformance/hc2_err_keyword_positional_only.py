# uncaught error: keyword positional only
print(sorted([3, 1], None))
