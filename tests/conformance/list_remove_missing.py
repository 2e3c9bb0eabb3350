l = [1, 2, 3]
l.remove(2)
print(l)
l.remove(2)
