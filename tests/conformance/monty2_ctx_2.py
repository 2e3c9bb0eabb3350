# __exit__ returning True suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False

with Suppress(ValueError, KeyError) as s:
    int("nope")
    print("not reached")
assert isinstance(s.caught, ValueError)
assert str(s.caught) == "invalid literal for int() with base 10: 'nope'"
with Suppress(KeyError) as s2:
    pass
assert s2.caught is None
print("after", type(s.caught).__name__)
with Suppress(KeyError):
    [][0]
