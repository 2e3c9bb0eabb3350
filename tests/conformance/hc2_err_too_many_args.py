# uncaught error: too many args
def area(w, h):
    return w * h
area(1, 2, 3)
