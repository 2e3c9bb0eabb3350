# chained comparisons with several `is` / `is not` operators
a = b = c = []
d = []
print(a is b is c, a is b is d, a is not d is c, a is d is not c, a is b is not d, 1 < 2 is not None)
print(None is None is None, a is b == c, a == d is not b, not a is d is c)
