# class attributes shared between instances, mutable default trap
class Bucket:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1

a, b = Bucket(), Bucket()
a.add(1)
b.add(2)
assert Bucket.items == [1, 2] and a.items is b.items
assert a.count == 1 and b.count == 1 and Bucket.count == 0
assert "count" in a.__dict__ and "items" not in a.__dict__
print(Bucket.items, a.count, vars(a))
Bucket.nothing
