import math
def area(r):
    return math.pi * r ** 2
areas = list(map(area, [1, 2, "3"]))
