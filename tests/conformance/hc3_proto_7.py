class Attr:
    def __init__(self):
        self.__dict__["data"] = {}
    def __getattr__(self, k):
        try:
            return self.data[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self.data[k] = v
    def __delattr__(self, k):
        del self.data[k]
a = Attr()
a.x = 1
a.y = [2]
print(a.x, a.y, a.data)
del a.x
print(a.data, hasattr(a, "x"))
a.x
