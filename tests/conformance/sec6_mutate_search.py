def probe(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)

class EqClear:
    def __init__(self, L): self.L = L
    def __eq__(self, o):
        self.L.clear()
        return False
    __hash__ = None
    def __repr__(self): return "EqClear()"
L = [1, 2, 3, 4]
e = EqClear(L)
probe("index", lambda: L.index(e))
L.extend([1, 2, 3])
probe("count", lambda: L.count(e))
L.extend([1, 2, 3])
probe("remove", lambda: L.remove(e))
L.extend([1, 2, 3])
probe("contains", lambda: e in L)
L.extend([1, 2, 3])
probe("index-start", lambda: L.index(e, 1, 3))

class EqGrow:
    def __init__(self, L): self.L = L; self.n = 0
    def __eq__(self, o):
        self.n += 1
        if self.n < 100: self.L.append(self.n)
        return False
G = [0]
g = EqGrow(G)
probe("contains-grow", lambda: g in G)
print(len(G))

# list == list with mutating eq
class EqShrink:
    def __init__(self): self.other = None
    def __eq__(self, o):
        if self.other is not None: self.other.clear()
        return True
    __hash__ = None
a = [EqShrink(), EqShrink(), EqShrink()]
b = [EqShrink(), EqShrink(), EqShrink()]
a[0].other = b
probe("list-eq", lambda: a == b)
a = [EqShrink(), EqShrink(), EqShrink()]
b = [EqShrink(), EqShrink(), EqShrink()]
a[0].other = a
probe("list-ne", lambda: a != b)
a = [EqShrink(), 1, 2]
b = [EqShrink(), 1, 3]
a[0].other = a
probe("list-lt", lambda: a < b)
# tuple contains with mutating eq fine
class EqDel:
    def __eq__(self, o):
        del D[:]
        return False
    __hash__ = None
D = [1, 2, 3]
probe("list-in-del", lambda: EqDel() in D)
# bytearray
B = bytearray(b"abcdef")
class Idx:
    def __index__(self):
        B.clear()
        return 98
B = bytearray(b"abcdef")
probe("ba-remove", lambda: (B.remove(Idx()), B)[1])
B = bytearray(b"abcdef")
probe("ba-setitem", lambda: (B.__setitem__(Idx(), 1), B)[1])
B = bytearray(b"abcdef")
class Idx2:
    def __index__(self):
        B.clear()
        return 2
probe("ba-setitem2", lambda: (B.__setitem__(Idx2(), 65), B)[1])
B = bytearray(b"abcdef")
probe("ba-insert", lambda: (B.insert(Idx2(), 65), B)[1])
B = bytearray(b"abcdef")
probe("ba-pop", lambda: (B.pop(Idx2()), B)[1])
B = bytearray(b"abcdef")
probe("ba-getslice", lambda: B[Idx2():Idx2()+3])
B = bytearray(b"abcdef")
probe("ba-delslice", lambda: (B.__delitem__(slice(Idx2(), 5)), B)[1])
B = bytearray(b"abcdef")
class ItB:
    def __iter__(self):
        B.extend(b"xyz" * 10)
        yield 65
        B.clear()
        yield 66
probe("ba-extend", lambda: (B.extend(ItB()), B)[1])
B = bytearray(b"abcdef")
probe("ba-sliceassign", lambda: (B.__setitem__(slice(1, 3), ItB()), B)[1])
L = [1, 2, 3, 4, 5]
class IdxL:
    def __index__(self):
        L.clear()
        return 2
probe("list-getitem", lambda: L[IdxL()])
L = [1, 2, 3, 4, 5]
probe("list-setitem", lambda: L.__setitem__(IdxL(), 0))
L = [1, 2, 3, 4, 5]
probe("list-slice", lambda: L[IdxL():IdxL()+2])
L = [1, 2, 3, 4, 5]
probe("list-delslice", lambda: (L.__delitem__(slice(IdxL(), None)), L)[1])
L = [1, 2, 3, 4, 5]
probe("list-insert", lambda: (L.insert(IdxL(), 7), L)[1])
L = [1, 2, 3, 4, 5]
probe("list-pop", lambda: (L.pop(IdxL()), L)[1])
L = [1, 2, 3, 4, 5]
probe("list-stepslice", lambda: (L.__setitem__(slice(0, IdxL(), 1), [9,9,9,9]), L)[1])
L = [1, 2, 3, 4, 5, 6]
probe("list-extslice", lambda: (L.__setitem__(slice(0, 6, IdxL()), [9,9,9]), L)[1])
L = [1, 2, 3, 4, 5]
probe("list-index-arg", lambda: L.index(3, IdxL()))
L = [1, 2, 3, 4, 5]
probe("list-mul", lambda: L * IdxL())
L = [1, 2, 3, 4, 5]
def imul():
    global L
    L *= IdxL()
    return L
probe("list-imul", imul)
