class Base:
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__()
class Child(Base, flag=True):
    pass
class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
a = A(5)
class B:
    def __new__(cls):
        return 42
print(B(), type(B()))
