a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
c = a
c |= b
print(c, a is c)
c |= [('w', 0)]
c |= {'x': -1}.items()
print(c)
try:
    a | [('q', 1)]
except TypeError as e:
    print(e)
try:
    c |= 5
except TypeError as e:
    print(e)
print({**a, 'extra': 1}, dict(**b))
