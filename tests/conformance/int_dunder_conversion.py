# int() and float() reach __int__, __index__ and __float__ of user classes
class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)

class Index:
    def __index__(self):
        return 7

class Bad:
    def __int__(self):
        return "seven"

print(int(Meters(3.7)), float(Meters(2)), int(Index()), float(Index()))
try:
    int(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    float(Bad())
except TypeError as e:
    print("TypeError", e)
