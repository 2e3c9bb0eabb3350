class Bag:
    def __len__(self):
        raise RuntimeError("no len")
b = Bag()
if len(b) > 0:
    pass
