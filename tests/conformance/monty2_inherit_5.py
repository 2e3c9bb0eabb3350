# isinstance/issubclass with tuples and builtin subclasses
class MyList(list):
    def total(self):
        return sum(self)

class MyInt(int):
    def double(self):
        return MyInt(self * 2)

ml = MyList([1, 2, 3])
ml.append(4)
assert ml.total() == 10
assert isinstance(ml, list) and type(ml) is MyList
assert ml == [1, 2, 3, 4]
assert len(ml) == 4 and ml[-1] == 4
mi = MyInt(21)
assert mi.double() == 42 and type(mi.double()) is MyInt
assert mi + 1 == 22 and type(mi + 1) is int
assert issubclass(MyInt, (str, int))
assert not issubclass(MyList, (dict, tuple))
print(ml, mi, repr(mi))
ml.total(1)
