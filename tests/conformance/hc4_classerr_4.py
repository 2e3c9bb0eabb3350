class Temperature:
    _instances = 0
    def __init__(self, degrees):
        type(self)._instances += 1
        self.degrees = degrees
    @classmethod
    def count(cls):
        return cls._instances
    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32
class Celsius(Temperature):
    pass
Temperature(1); Celsius(2); Celsius(3)
print(Temperature.count(), Celsius.count(), Temperature._instances, Celsius._instances)
print(Celsius.convert(100), Celsius(0).convert(-40))
print(Temperature.count.__self__ is Temperature, Celsius.count.__self__ is Celsius)
print(type(Temperature.__dict__["count"]).__name__, type(Temperature.__dict__["convert"]).__name__)
