l = list(range(12))
del l[::3]
print(l)
del l[-1::-2]
print(l)
l = list(range(12))
del l[2:8:2]
print(l)
del l[100:]
del l[5:1]
print(l)
del l[:2]
print(l)
del l[:]
print(l)
l = list(range(6))
del l[::-1]
print(l)
l = [1, 2, 3]
try:
    del l[3]
except IndexError as e:
    print(e)
try:
    del l['a']
except TypeError as e:
    print(e)
print(l)
