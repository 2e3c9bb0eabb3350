# NotImplementedError in abstract-style base
class Base:
    def process(self, x):
        raise NotImplementedError(f"{type(self).__name__}.process")
class Impl(Base):
    def process(self, x):
        return x * 2
class Forgot(Base):
    pass
print(Impl().process(4))
try:
    Forgot().process(1)
except NotImplementedError as e:
    print(e)
Forgot().process(2)
