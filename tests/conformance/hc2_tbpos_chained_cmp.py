# traceback position: chained cmp
a, b, c = 1, 2, "3"
print(a < b < c)
