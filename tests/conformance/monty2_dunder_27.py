# __new__ for a singleton and for validated immutable values
class Config:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.values = {}
        return cls._instance

a = Config()
b = Config()
a.values["x"] = 1
assert a is b and b.values == {"x": 1}

class Positive:
    def __new__(cls, v):
        if v <= 0:
            raise ValueError(f"{v} is not positive")
        obj = super().__new__(cls)
        obj.v = v
        return obj
    def __repr__(self):
        return f"Positive({self.v})"

print(Positive(3), a is Config())
Positive(-2)
