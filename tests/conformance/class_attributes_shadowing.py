class Config:
    debug = False
    tags = []
    count = 0

    def enable(self):
        self.debug = True

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count

a, b = Config(), Config()
a.enable()
print(a.debug, b.debug, Config.debug, "debug" in a.__dict__, "debug" in b.__dict__)
a.tags.append("shared")
print(b.tags, Config.tags is a.tags)
del a.debug
print(a.debug)
print(Config.bump(), a.bump(), b.count)

class Sub(Config):
    count = 100
print(Sub.bump(), Config.count, Sub.count)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
Config.new_attr = lambda self: "added later"
print(a.new_attr(), hasattr(b, "new_attr"))
def outside(self):
    return f"outside sees {type(self).__name__}"
Sub.describe = outside
print(Sub().describe())
try:
    del Config.missing
except AttributeError as e:
    print(e)
