# a class that is not generic cannot be subscripted
class Plain:
    pass
Plain[int]
