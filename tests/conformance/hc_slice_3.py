class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
s = Seq()
print(s[1], s[1:2], s[::3], s[:-1], s[1:2, 3] if False else "x")
print(s["key"], s[-1])
text = "Hello, World"
text[::-1][:5]
