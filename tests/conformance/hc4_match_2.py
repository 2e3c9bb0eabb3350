from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: int

def where(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} at {c}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 0), Circle(Point(1, 2), 20), Circle(Point(1, 1), 2), 42]:
    print(where(s))
