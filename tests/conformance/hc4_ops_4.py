class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"lt {self.v} {other.v}")
        return self.v < other.v
    def __gt__(self, other):
        print(f"gt {self.v} {other.v}")
        return self.v > other.v

print(Rev(1) > Rev(2))
print(Rev(1) < Rev(2))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(3) > OnlyLt(2))
OnlyLt(1) <= OnlyLt(2)
