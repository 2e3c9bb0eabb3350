l = [0, 1]
l[1] = 'x'
print(l)
l[2] = 'y'
