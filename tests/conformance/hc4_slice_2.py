class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
s = Seq()
print(s[1], s[1:2], s[::3], s[:], s[1:2, 3], s[...])
sl = slice(1, 10, 2)
print(sl.indices(5), sl.start, sl.stop, sl.step, slice(None).indices(3))
print("abcdef"[sl], [0, 1, 2, 3][slice(-1, None)])
"abc"[1:2:0]
