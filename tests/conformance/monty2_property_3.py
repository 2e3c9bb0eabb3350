# property deleter and property object attributes
class Cache:
    def __init__(self):
        self._v = None
        self.log = []
    @property
    def value(self):
        self.log.append("get")
        return self._v
    @value.setter
    def value(self, v):
        self.log.append("set")
        self._v = v
    @value.deleter
    def value(self):
        self.log.append("del")
        self._v = None

c = Cache()
c.value = 5
assert c.value == 5
del c.value
assert c.value is None
assert c.log == ["set", "get", "del", "get"]
assert isinstance(Cache.value, property)
assert Cache.value.fget is not None and Cache.value.fdel is not None
print(c.log)
