# __init_subclass__ and class attributes
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__
        Plugin.plugins.append(cls.plugin_name)
class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
class C(B):
    pass
print(Plugin.plugins, C.plugin_name, B.plugin_name)
class D(Plugin, unknown=1):
    pass
