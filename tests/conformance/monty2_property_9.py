# staticmethod and classmethod accessed via instance and class
class Util:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scale(cls, x):
        return x * cls.factor

class Util2(Util):
    factor = 10

assert Util.add(1, 2) == 3 and Util().add(3, 4) == 7
assert Util.scale(2) == 6 and Util2.scale(2) == 20 and Util2().scale(1) == 10
assert isinstance(Util.__dict__["add"], staticmethod)
assert isinstance(Util.__dict__["scale"], classmethod)
print(Util2.scale(5))
Util.add(1)
