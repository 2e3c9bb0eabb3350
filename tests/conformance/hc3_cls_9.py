class Meta:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()
        registry.append(cls)
registry = []
class A(Meta, tag="alpha"):
    pass
class B(Meta):
    pass
class C(B, tag="gamma"):
    pass
print([(c.__name__, c.tag) for c in registry])
print(B.tag, C.tag, A.tag)
