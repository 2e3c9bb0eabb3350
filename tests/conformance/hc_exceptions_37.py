class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
try:
    C.m(1)
except TypeError as e:
    print(e)
def g(a, b=1, *, c):
    pass
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
try:
    g(1, d=4, c=1)
except TypeError as e:
    print(e)
try:
    g(c=1)
except TypeError as e:
    print(e)
try:
    g(1, 2, c=3, b=4)
except TypeError as e:
    print(e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(e)
try:
    5()
except TypeError as e:
    print(e)
try:
    "abc"()
except TypeError as e:
    print(e)
