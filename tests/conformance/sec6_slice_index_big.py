# Slice indices from __index__ clamp as ints do, however big
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Sub(int):
    pass
big = 2**100
for seq in ([1, 2, 3], (1, 2, 3), "abc", b"abc", bytearray(b"abc"), range(3)):
    print(seq[Idx(big):], seq[:Idx(big)], seq[Idx(-big):Idx(1)], seq[::Idx(-1)], seq[Sub(1):])
L = [1, 2, 3]
L[Idx(big):] = [4]
print(L)
del L[:Idx(-big)]
print(L)
print("abcdef".find("c", Idx(-big), Idx(big)), "abc".count("b", Idx(1)))
class NotIdx:
    pass
try:
    [1, 2][NotIdx():]
except TypeError as e:
    print(e)
class BadIdx:
    def __index__(self): return "x"
try:
    [1, 2][BadIdx():]
except TypeError as e:
    print(e)
class RaiseIdx:
    def __index__(self): raise KeyError("k")
try:
    [1, 2][RaiseIdx():]
except KeyError as e:
    print("KeyError", e)
