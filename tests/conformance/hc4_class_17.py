class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.inits = 0
        return cls._instance
    def __init__(self, value):
        self.inits += 1
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, a.inits)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hi")
print(u, type(u).__name__, u + "!", isinstance(u, str), len(u))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(3) + 1, type(Pos(3) + 1).__name__)
Pos(-1)
