# tuple index out of range in an assignment
empty = ()
print(empty[0:1])
point = (1, 2)
x, y = point
z = point[2]
