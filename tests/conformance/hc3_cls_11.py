class Registry:
    def __init__(self):
        self._data = {}
    def __setitem__(self, k, v):
        print(f"set {k!r}")
        self._data[k] = v
    def __getitem__(self, k):
        try:
            return self._data[k]
        except KeyError:
            raise KeyError(f"no entry {k!r}") from None
    def __delitem__(self, k):
        del self._data[k]
    def __iter__(self):
        return iter(sorted(self._data))
    def __len__(self):
        return len(self._data)
r = Registry()
r["b"] = 2
r["a"] = 1
print(list(r), len(r), r["a"])
del r["a"]
print(list(r))
r["a"]
