class Config:
    @property
    def value(self):
        return self.missing_attr
    def __getattr__(self, name):
        return f"fallback for {name}"

c = Config()
print(c.value, c.other)
class Both:
    def __eq__(self, other):
        return NotImplemented
b = Both()
print(b == b, b == Both(), b != Both(), b != b)
class R:
    def __repr__(self):
        return 42
try:
    repr(R())
except TypeError as e:
    print(e)
class H:
    __hash__ = None
try:
    hash(H())
except TypeError as e:
    print(e)
print(str(R.__repr__ is not None))
