from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y at {y}"
        case Point(x, 0):
            return f"on x at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case _:
            return "elsewhere"
print([where(p) for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2)]])
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "?"
[cmd(c) for c in ["go north", "go east", "take a b", "take", "exit"]]
