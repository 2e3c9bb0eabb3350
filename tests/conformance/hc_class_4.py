class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    def total(cls):
        return cls.instances
class Sub(Counter):
    pass
Counter.create(); Sub.create(); Sub()
print(Counter.total(), Sub.total(), Counter.helper(4), Sub().helper(5))
print(type(Sub.create()).__name__)
print(Counter.instances)
