x = [3, 1, 2]
y = x
y.append(4)
print(x, x is y, x == [3, 1, 2, 4])
z = x.copy()
z.sort()
print(x, z, sorted(x) == z)
import copy
nested = [[1, 2], [3]]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(9)
print(shallow, deep)
