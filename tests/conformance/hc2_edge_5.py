# __class_getitem__ and __set_name__ on user classes
class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Registry[int], Registry["x"])
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
class Model:
    title = Field()
    body = Field()
print(Model.title.name, Model.body.owner, Model.__dict__["title"].name)
Registry()[0]
