class R:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("R.__gt__ called")
        return self.v > other
print(3 < R(5))
print(R(1) > 0)
