class Registry:
    _items = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls._items[name] = fn
            return fn
        return deco
    @classmethod
    def run(cls, name, *a):
        return cls._items[name](*a)
@Registry.register("double")
def double(x):
    return x * 2
@Registry.register("neg")
def neg(x):
    return -x
print(Registry.run("double", 4), Registry.run("neg", 3), sorted(Registry._items))
Registry.run("triple", 1)
