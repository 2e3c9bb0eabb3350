counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def reader():
    return counter * 2
print(reader())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def make_global():
    global NEW_NAME
    NEW_NAME = "created"
make_global()
print(NEW_NAME)
