class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq(range(6))
s[0] = "first"
s[1:3] = ["x"]
del s[-1]
print(s, len(s), s[::2], s[-1], list(s), "x" in s, list(reversed(s)))
del s[::2]
print(s)
s[5]
