# traceback position: assign call
def inner():
    return [][0]
result = inner()
