class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

try:
    class GenInit:
    def __init__(self):
        yield 1

try:
    GenInit()
except TypeError as e:
    print(e)
Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, y=2, z=3)
except TypeError as e:
    print(e)

class Empty:
    pass

try:
    Empty(1)
except TypeError as e:
    print(e)
print(type(Empty()).__name__)

class BadInit:
    def __init__(self):
        return 5

try:
    BadInit()
except TypeError as e:
    print(e)
class GenInit:
    def __init__(self):
        yield 1

try:
    GenInit()
except TypeError as e:
    print(e)
Point(1)
