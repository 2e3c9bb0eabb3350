a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
e = {'k': []}
e['k'].append(e)
print(e)
print([None, True, 'q"uote', "it's", 1.0, -0.0, 1e100])
