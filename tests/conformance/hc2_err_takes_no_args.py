# uncaught error: takes no args
class Empty:
    pass
Empty(1, 2)
