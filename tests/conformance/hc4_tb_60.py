import math
def hypot_all(points):
    return [math.sqrt(x * x + y * y) for x, y in points]

print(hypot_all([(3, 4)]))
hypot_all([(3, 4), (1,)])
