# class vs instance attributes
class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(self.count)
a, b = Counter(), Counter()
a.count = 100
print(Counter.count, a.count, b.count, Counter.items, a.items is b.items)
del a.count
print(a.count, vars(a), "count" in Counter.__dict__)
del a.count
