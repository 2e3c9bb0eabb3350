# uncaught error: unpack non iterable
def pair():
    return 5
a, b = pair()
