# __contains__, __iter__ fallback to __getitem__
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s, [x for x in s if x], tuple(s))
it = iter(s)
print(next(it), next(it))
class Weird:
    def __iter__(self):
        return 5
iter(Weird())
