print(repr((1, 'a', None, True, 2.5, (), [])))
print(str(('x',)), str((('y',),)))
l = []
t = (l,)
l.append(t)
print(t, l)
print([(1,), (2, 3)])
