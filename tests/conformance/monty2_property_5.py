# property getter raising AttributeError inside, hasattr sees False
class Lazy:
    @property
    def data(self):
        return self._data

l = Lazy()
assert not hasattr(l, "data")
l._data = [1]
assert hasattr(l, "data") and l.data == [1]
print(getattr(Lazy(), "data", "missing"))
Lazy().data
