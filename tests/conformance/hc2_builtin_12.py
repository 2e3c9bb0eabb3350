# id-free identity checks: is / is not
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, None is None, a is not c)
x = 256
y = 256
print(x is y if False else "skip", () is (), "" == "")
def f():
    pass
print(f is f, f() is None, type(None)() is None)
1 is 1
