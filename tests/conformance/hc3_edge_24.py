class A:
    x = 1
class B(A):
    pass
B.x = 2
print(A.x, B.x)
del B.x
print(B.x)
del B.x
