def point(x, y, z, label="p"):
    return x, y, z, label
print(point(1, 2, 3))
def build():
    return point(label="origin")
build()
