def build():
    data = [1, 2, 3]
    factor = 10
    gen = (x * factor for x in data)
    factor = 100
    data = [7, 8, 9]
    return list(gen)
print(build())
def nested():
    rows = [[1, 2], [3]]
    return list(v for row in rows for v in row)
print(nested())
g = (i for i in range(3))
i = "module i"
print(list(g), i)
