# uncaught error: no len
n = 12345
print(len(n))
