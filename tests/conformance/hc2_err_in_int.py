# uncaught error: in int
value = 10
print(3 in value)
