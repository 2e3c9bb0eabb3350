# uncaught error: tuple item del
point = (1, 2)
del point[0]
