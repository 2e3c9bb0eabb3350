# metaclasses: __new__, __init__, __call__, __prepare__, registries, class-level properties
registry = {}

class RegistryMeta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            registry[name.lower()] = cls
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", name)

class Plugin(metaclass=RegistryMeta):
    def run(self):
        return f"{type(self).__name__} runs"

class Alpha(Plugin, tag="a"):
    pass

class Beta(Plugin):
    def run(self):
        return "beta: " + super().run()

print(sorted(registry), Alpha.tag, Beta.tag, Plugin.tag)
print(registry["beta"]().run(), Alpha().run())
print(type(Plugin) is RegistryMeta, type(Alpha).__name__, isinstance(Alpha, RegistryMeta))
print(isinstance(Alpha, type), issubclass(RegistryMeta, type), Alpha.__class__.__name__)
print(isinstance(Alpha(), Plugin), type(RegistryMeta) is type)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)

class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.made = getattr(cls, "made", 0) + 1
        return super().__call__(*args, **kwargs)

class Point(metaclass=Counted):
    def __init__(self, x, y=0):
        self.x, self.y = x, y

pts = [Point(i, y=i) for i in range(3)]
print(Point.made, pts[2].x, pts[2].y)

class Tabled(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"

    def describe(cls):
        return f"<{cls.__name__} in {cls.table}>"

class User(metaclass=Tabled):
    pass

print(User.table, User.describe(), hasattr(User(), "table"))

class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"order": []}

    def __new__(mcs, name, bases, ns, **kw):
        ns["fields"] = [k for k in ns if not k.startswith("__") and k != "order"]
        return super().__new__(mcs, name, bases, ns)

class Form(metaclass=Ordered):
    name = 1
    email = 2
    age = 3

print(Form.fields, Form.order)

class Fancy(type):
    def __repr__(cls):
        return f"<fancy {cls.__name__}>"

    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, key):
        return cls.items[key]

    def __contains__(cls, x):
        return x in cls.items

class Bag(metaclass=Fancy):
    items = ["a", "b"]

print(repr(Bag), str(Bag), list(Bag), len(Bag), Bag[1], "a" in Bag, "z" in Bag)

# a metaclass made with type() and a class made by calling the metaclass
Dyn = Tabled("Dyn", (), {"x": 5})
print(Dyn.x, Dyn.table, type(Dyn).__name__)
Made = type("Made", (Alpha,), {})
print(type(Made).__name__, "made" in registry)

class Validating(type):
    def __new__(mcs, name, bases, ns):
        for key, value in ns.items():
            if key.startswith("get_") and not callable(value):
                raise TypeError(f"{name}.{key} must be callable")
        return super().__new__(mcs, name, bases, ns)

try:
    class Bad(metaclass=Validating):
        get_x = 3
except TypeError as e:
    print("error:", e)

class WithInitSubclass:
    def __init_subclass__(cls, **kw):
        cls.seen = kw

class Both(type):
    pass

class Child(WithInitSubclass, metaclass=Both, flag=True):
    pass

print(Child.seen, type(Child).__name__)

class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Quacker(metaclass=Duck):
    pass

class Mallard:
    def quack(self):
        return "quack"

print(isinstance(Mallard(), Quacker), isinstance(3, Quacker), issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Quacker(), Quacker), repr(Quacker)[:25], repr(Config)[:32])
import json
print(json.JSONEncoder, json.JSONDecoder, repr(json.JSONEncoder())[:32])
