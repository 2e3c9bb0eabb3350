class Config:
    defaults = {"a": 1}
    items = []
    def __init__(self, name):
        self.name = name
        self.items.append(name)
c1, c2 = Config("x"), Config("y")
print(c1.items, c2.items is Config.items)
c1.defaults = {"b": 2}
print(c1.defaults, c2.defaults, Config.defaults)
Config.version = 2
print(c1.version, getattr(c2, "version"))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
