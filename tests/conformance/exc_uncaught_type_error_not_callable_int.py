# calling an int
def x_plus(v):
    return x + v
x = 5
y = 2
print(x(y + 1))
