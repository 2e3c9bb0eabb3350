# __index__ lets instances be used in slices and range
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

data = list(range(10))
assert data[Idx(3)] == 3
assert data[Idx(1):Idx(4)] == [1, 2, 3]
assert list(range(Idx(3))) == [0, 1, 2]
assert "abc" * Idx(2) == "abcabc"
assert hex(Idx(255)) == "0xff"
assert bin(Idx(5)) == "0b101"
print(data[Idx(-1)])
data[Idx(20)]
