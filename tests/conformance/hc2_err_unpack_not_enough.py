# uncaught error: unpack not enough
x, y, z = [1, 2]
