# 'from 1 to 3' positional arguments; no carets on `x = f(...)`
def f(a, b=1, c=2):
    return a + b + c
print(f(1), f(1, 1, 1))
result = f(1, 2, 3, 4, 5)
