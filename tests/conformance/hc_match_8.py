from dataclasses import dataclass
@dataclass
class Circle:
    r: float
@dataclass
class Rect:
    w: float
    h: float
def area(s):
    match s:
        case Circle(r=r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w=w, h=h):
            return w * h
        case (Circle() | Rect()) as other:
            return other
        case _:
            raise TypeError(f"not a shape: {s!r}")
print([area(s) for s in [Circle(1), Rect(2, 2), Rect(2, 3)]])
x = 5
match x:
    case 1 | 2:
        print("small")
    case n if n > 3:
        print("big", n)
area("square")
