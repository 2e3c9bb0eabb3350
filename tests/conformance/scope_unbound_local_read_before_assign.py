value = 10
def show():
    print("value is", value)
show()
def broken():
    print("value is", value)
    value = 20
broken()
