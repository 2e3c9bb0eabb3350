def reader():
    global not_yet
    return not_yet
def writer():
    global not_yet
    not_yet = "now defined"
try:
    reader()
except NameError as e:
    print(e)
writer()
print(reader())
def deleter():
    global not_yet
    del not_yet
deleter()
reader()
