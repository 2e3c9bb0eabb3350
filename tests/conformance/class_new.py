class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)

class Positive(int.__class__ if False else object):
    def __new__(cls, v):
        if v < 0:
            return None
        inst = object.__new__(cls)
        inst.v = v
        return inst

print(Positive(3).v, Positive(-1))

class Tracked:
    created = []
    def __new__(cls):
        obj = super().__new__(cls)
        cls.created.append(obj)
        return obj

class Sub(Tracked):
    pass

x, y = Tracked(), Sub()
print(len(Tracked.created), type(Tracked.created[1]).__name__, isinstance(y, Tracked))

class Other:
    pass

class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never runs")

print(type(Weird()).__name__)
