# __iadd__ returning None and other in-place oddities
class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, n):
        self.total += n
a = Acc()
b = a
b += 5
print(a.total, b)
class Vec:
    def __init__(self, xs):
        self.xs = xs
    def __imul__(self, k):
        self.xs = [x * k for x in self.xs]
        return self
    def __repr__(self):
        return f"Vec{self.xs}"
v = Vec([1, 2])
v *= 3
print(v)
v += v
