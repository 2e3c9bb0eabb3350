# list methods with start/end arguments
a = [5, 3, 5, 1, 5, 2]
print(a.index(5), a.index(5, 1), a.index(5, 3), a.index(5, -2), a.count(5))
try:
    a.index(5, 5)
except ValueError as e:
    print(e)
print(a.index(1, 0, 4))
a.index(2, 0, 3)
