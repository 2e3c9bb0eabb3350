handlers = {}
@handlers["missing"]
def h():
    pass
