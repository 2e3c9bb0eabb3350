# traceback position: unpack call
def parts():
    return [1, 2, 3]
head, tail = parts()
