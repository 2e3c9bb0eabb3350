# stubs: crm.pyi
class Tally:
    def __init__(self):
        self.count = 0

    def add(self, n):
        self.count += n
        return self

t = Tally()
t.add(3).add(4)
print(t.count, t.anything_goes)
