# __int__ and __float__ conversions
class Celsius:
    def __init__(self, deg):
        self.deg = deg
    def __float__(self):
        return float(self.deg)
    def __int__(self):
        return int(self.deg)

c = Celsius(21.7)
assert float(c) == 21.7
assert int(c) == 21
print(f"{float(c):.1f}")

class NoConv:
    pass

int(NoConv())
