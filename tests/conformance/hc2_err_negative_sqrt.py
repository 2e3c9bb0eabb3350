# uncaught error: negative sqrt
import math
def dist(a, b):
    return math.sqrt(a - b)
dist(1, 4)
