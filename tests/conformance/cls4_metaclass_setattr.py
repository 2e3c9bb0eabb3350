# a metaclass's __setattr__ and __delattr__ guard class attributes
class ConstMeta(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot reassign constant {name}")
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name}")
class Config(metaclass=ConstMeta):
    MAX = 10
Config.debug = True
print(Config.debug, Config.MAX)
try:
    Config.MAX = 20
except AttributeError as e:
    print(e)
try:
    del Config.debug
except AttributeError as e:
    print(e)
print(Config.MAX)
setattr(Config, "level", 3)
print(Config.level)
Config.MAX = 0
