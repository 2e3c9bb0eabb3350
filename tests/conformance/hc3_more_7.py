class Grid:
    def __class_getitem__(cls, item):
        return f"Grid[{item.__name__}]"
print(Grid[int], Grid[str])
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        print(f"bound {name} on {owner.__name__}")
    def __get__(self, obj, objtype=None):
        return f"<{self.name}>" if obj else self
class Model:
    a = Field()
    b = Field()
print(Model().a, Model().b, type(Model.a).__name__)
