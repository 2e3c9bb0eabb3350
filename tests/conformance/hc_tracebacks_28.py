class Item:
    def __repr__(self):
        raise RuntimeError("repr failed")
print([Item()])
