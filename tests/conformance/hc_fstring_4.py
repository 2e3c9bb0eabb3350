class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return str(self)
p = Point(1, 2)
print(f"{p}", f"{p!r}", f"{p:polar}", f"{p!s:>10}")
rows = [("apple", 1.5, 3), ("banana", 0.25, 12)]
for n, price, q in rows:
    print(f"{n:<10}{price:>8.2f}{q:>5d}{price*q:>10.2f}")
