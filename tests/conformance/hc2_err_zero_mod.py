# uncaught error: zero mod
def bucket(n, size):
    return n % size
print(bucket(7, 3))
bucket(7, 0)
