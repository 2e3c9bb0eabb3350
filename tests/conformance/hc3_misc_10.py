class Temp:
    pass
t = Temp()
t.x = 1
setattr(t, "y", 2)
print(getattr(t, "x"), t.__dict__, hasattr(t, "z"))
delattr(t, "x")
print(vars(t), dir(t)[-1:])
print(type(t).__name__, type(t) is Temp, type(Temp), type(type))
print(callable(t), callable(Temp), isinstance(t, object))
print(getattr(t, "x"))
