# two missing positional arguments
def add3(a, b, c):
    return a + b + c
print(add3(1, 2, 3))
add3(1)
