# __bool__ and __len__ for truthiness
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Empty()), bool(Full()), bool(Truthy()), bool(object()), not Empty())
print("yes" if Full() else "no", [x for x in (Empty(), Full()) if x].__len__())
class BadLen:
    def __len__(self):
        return -1
bool(BadLen())
