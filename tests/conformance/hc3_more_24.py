class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s[1:3], type(s[1:3]).__name__)
class CaseInsensitiveDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = CaseInsensitiveDict()
d["Key"] = 1
print(d["KEY"], d, list(d.keys()), "key" in d)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, len(u), u + "d", type(u).__name__, u.lower(), isinstance(u, str))
