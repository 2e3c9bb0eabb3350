# __setattr__/__delattr__ with properties and validation
class Strict:
    __fields = ("name", "age")
    def __setattr__(self, k, v):
        if k not in self.__fields:
            raise AttributeError(f"{type(self).__name__} has no field {k!r}")
        if k == "age" and not isinstance(v, int):
            raise TypeError(f"age must be int, not {type(v).__name__}")
        super().__setattr__(k, v)
    def __delattr__(self, k):
        raise AttributeError(f"cannot delete {k!r}")
s = Strict()
s.name = "x"
s.age = 3
print(vars(s))
for f in (lambda: setattr(s, "age", "3"), lambda: setattr(s, "email", "e"), lambda: delattr(s, "name")):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
del s.age
