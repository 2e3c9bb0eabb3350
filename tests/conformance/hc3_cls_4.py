class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    @classmethod
    def make_many(cls, n):
        return [cls() for _ in range(n)]
    @staticmethod
    def describe():
        return "counts instances"
cs = Counter.make_many(3)
print([c.id for c in cs], Counter.count, Counter.describe(), cs[0].describe())
class Sub(Counter):
    pass
s = Sub.make_many(2)
print(type(s[0]).__name__, Counter.count, Sub.count)
print(Counter.make_many.__func__ is Sub.make_many.__func__)
