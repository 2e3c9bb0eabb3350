class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"
t = Celsius(21.456)
print(repr(t), t + 1, type(t + 1).__name__, round(t, 1), f"{t:.2f}", str(t))
class Count(int):
    def __add__(self, o):
        return Count(int(self) + int(o))
    def __repr__(self):
        return f"Count({int(self)})"
c = Count(2) + 3
print(c, c * 2, type(c * 2).__name__, [Count(1)], Count(5) == 5, hash(Count(5)) == hash(5))
