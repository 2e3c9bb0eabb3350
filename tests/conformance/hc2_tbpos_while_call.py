# traceback position: while call
items = [3, 0]
def take():
    return 10 // items.pop()
while take():
    pass
