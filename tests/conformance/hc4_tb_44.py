class Cache:
    def __init__(self):
        self._store = {}
    def __getitem__(self, key):
        return self._store[key]
    def __setitem__(self, key, value):
        self._store[key] = value

c = Cache()
c["a"] = 1
print(c["a"])
print(c["b"])
