# __lt__ raising inside sorted propagates
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError(f"cannot compare {self.v}")
        return self.v < other.v

print(sorted([Weird(2), Weird(1)])[0].v)
sorted([Weird(1), Weird(3), Weird(2)])
