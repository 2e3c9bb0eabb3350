# __repr__ of classes, methods and instances
class K:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
print(K, K.__name__, K.__qualname__, K.__module__, repr(K.m)[:16], K.m.__name__)
print(K().m.__self__.__class__.__name__, K.m.__qualname__, K.s.__qualname__)
print(type(K().m).__name__, type(K.m).__name__, K().m.__func__ is K.m)
print(int, str, type(None), object)
def fn():
    pass
fn.__qualname__, fn.__name__, fn.__module__
