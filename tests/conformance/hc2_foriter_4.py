# a generator expression over a non-iterable attribute
class Box:
    size = 4
box = Box()
print(sum(i for i in box.size))
