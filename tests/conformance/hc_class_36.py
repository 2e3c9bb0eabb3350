class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class Model:
    age = Field()
    score = Field()
m = Model()
m.age = 5
print(m.age, m.score, type(Model.age).__name__, m.__dict__)
try:
    m.score = "high"
except TypeError as e:
    print(e)
