def cmp(a, b):
    return (a > b) - (a < b)
print([cmp(1, 2), cmp(2, 2), cmp(3, 2)], sorted([3, 1, 2], key=lambda v: -v))
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"R{self.v}"
print(sorted([Rev(1), Rev(3), Rev(2)]))
sorted([1, "2", 3])
