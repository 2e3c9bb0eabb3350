# traceback through a sorted() key lambda calling a method
class Item:
    def __init__(self, w):
        self.w = w
    def weight(self):
        return 10 / self.w

items = [Item(2), Item(5), Item(0)]
print(sorted(items[:2], key=lambda i: i.weight())[0].w)
sorted(items, key=lambda i: i.weight())
