# strict zip where a later argument is longer
print(list(zip([], [], strict=True)))
a = [1]
b = [1, 2]
c = [1]
print(list(zip(a, b, c, strict=True)))
