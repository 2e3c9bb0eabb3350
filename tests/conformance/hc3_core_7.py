class A:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return True
a = A().add(1).add(2)
print(len(a), bool(A()), not A(), "yes" if A() else "no")
class L:
    def __len__(self):
        return -1
len(L())
