# find/count/index of bytes and bytearray take an object with __index__ as a byte
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class NoIdx:
    pass
for b in (b"abcabc", bytearray(b"abcabc")):
    print(b.find(Idx(98)), b.rfind(Idx(98)), b.count(Idx(99)), b.index(Idx(97)), b.rindex(Idx(97)))
    print(b.startswith(b"a"), Idx(98) in b)
    try:
        b.find(Idx(300))
    except ValueError as e:
        print("ValueError", e)
    try:
        b.count(NoIdx())
    except TypeError as e:
        print("TypeError", e)
# an __index__ that empties the bytearray searched: the search runs on what was there
B = bytearray(b"abcdef")
class Clear:
    def __index__(self):
        B.clear()
        return 98
print(B.find(Clear()), B)
for b in (b"ab", bytearray(b"ab")):
    try:
        NoIdx() in b
    except TypeError as e:
        print("TypeError", e)
