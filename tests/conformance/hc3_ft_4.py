from functools import cached_property
class Report:
    def __init__(self, data):
        self.data = data
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.data)
r = Report([1, 2, 3])
print(r.total, r.total, r.computed)
r.data.append(10)
print(r.total)
del r.total
print(r.total, r.computed)
