# comprehension scoping
x = "outer"
vals = [x for x in range(3)]
print(x, vals)
y = 10
print([y + i for i in range(3)], {i: y for i in "ab"}, list(y * j for j in (1, 2)))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
[i for i in range(3)]; i
