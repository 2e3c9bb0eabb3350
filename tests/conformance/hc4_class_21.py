class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by_meta"] = True
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args):
        print("meta call", cls.__name__, args)
        return super().__call__(*args)

class Model(metaclass=Meta):
    def __init__(self, x):
        self.x = x

m = Model(5)
print(m.x, Model.created_by_meta, type(Model).__name__, isinstance(Model, Meta))
