import math
class Box:
    def __init__(self, w):
        self.w = w
tests = [
    lambda: Box(),
    lambda: Box(1, 2),
    lambda: Box(w=1, h=2),
    lambda: math.sqrt("4"),
    lambda: math.sqrt(),
    lambda: len(1, 2),
    lambda: print(end=1),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "s"),
    lambda: max(),
    lambda: [].sort(1),
    lambda: list(1),
    lambda: dict(1),
    lambda: set(1),
    lambda: tuple(None),
    lambda: enumerate(5),
    lambda: zip(1),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
