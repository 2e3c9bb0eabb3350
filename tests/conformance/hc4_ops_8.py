class Trace:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
t = Trace()
t.real = 1
print(t.magic, t.real)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
for a, b in zip(Seq(), "xyz"):
    print(a, b)
iter(Trace())
