# exception classes in a registry and dynamic raising
class Base(Exception):
    registry = {}
    def __init_subclass__(cls):
        Base.registry[cls.__name__] = cls

class Timeout(Base):
    pass

class Refused(Base):
    def __str__(self):
        return "refused: " + ", ".join(map(str, self.args))

def fail(name, *args):
    raise Base.registry[name](*args)

for name in sorted(Base.registry):
    try:
        fail(name, 1, 2)
    except Base as e:
        print(type(e).__name__, str(e))
fail("Refused", "host", 80)
