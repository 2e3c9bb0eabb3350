# context manager suppressing and transforming exceptions
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False
with Suppress(KeyError) as s:
    {}["x"]
print("suppressed", repr(s.caught))
with Suppress(KeyError):
    [][0]
