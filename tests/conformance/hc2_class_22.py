# type(), isinstance, and dynamic class creation
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: f"hi {self.x}"})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), type(d) is Dyn, isinstance(d, object))
print(type(5), type("s"), type(None), type(type), type(len).__name__, type(lambda: 0).__name__)
print(isinstance(3, (str, int)), isinstance(3, int | str), isinstance(None, type(None)), isinstance(True, int))
print(issubclass(bool, (int, str)), issubclass(int, object))
isinstance(3, "int")
