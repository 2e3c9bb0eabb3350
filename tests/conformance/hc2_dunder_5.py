# __getitem__-based iteration stops at IndexError but not KeyError
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 16 in Squares(), sum(Squares()))
class Mapping:
    def __getitem__(self, k):
        if k > 2:
            raise KeyError(k)
        return k
list(Mapping())
