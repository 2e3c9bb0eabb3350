class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key in cls.registry:
            raise KeyError(f"duplicate plugin {key}")
        cls.registry[key] = cls
class A(Plugin, key="a"):
    pass
class B(Plugin, key="a"):
    pass
