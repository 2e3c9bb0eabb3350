# super() chain through three levels
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]
    def describe(self):
        return f"{self.name}"

class Mid(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        self.log.append("Mid")
    def describe(self):
        return super().describe() + f"@{self.level}"

class Leaf(Mid):
    def __init__(self):
        super().__init__("leaf", 3)
        self.log.append("Leaf")
    def describe(self):
        return "[" + super().describe() + "]"

x = Leaf()
assert x.log == ["Base", "Mid", "Leaf"]
assert x.describe() == "[leaf@3]"
assert isinstance(x, Base) and issubclass(Leaf, Mid)
assert [k.__name__ for k in Leaf.__mro__] == ["Leaf", "Mid", "Base", "object"]
print(x.describe())
Mid("m")
