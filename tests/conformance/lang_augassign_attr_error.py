def f():
    pass
f.count = 0
f.count += 5
print(f.count)
x = 3
x.real += 1
