# slice objects
s = slice(1, 8, 2)
a = list(range(10))
print(a[s], s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10))
print(slice(3), slice(1, 2), repr(slice(None, None, -1)), "hello"[slice(None, None, -1)])
print(slice(1, 2) == slice(1, 2), slice(0, 10, 3).indices(20))
class Seq:
    def __getitem__(self, k):
        return k
sq = Seq()
print(sq[1], sq[1:2], sq[::3], sq[1, 2], sq[1:2, ::3], sq[...])
sq[:]
