# reflected operand priority for subclasses
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
    def __eq__(self, o):
        return "Sub.eq"
print(Base() + Sub(), Sub() + Base(), 1 + Sub(), Base() == Sub(), Sub() == Base())
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.radd"
print(1 + MyInt(2), MyInt(2) + 1, MyInt(2) + MyInt(3))
Base() - 1
