def count_calls(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_calls
class Widget:
    def __init__(self, n):
        self.n = n
ws = [Widget(i) for i in range(4)]
print(Widget.instances, ws[-1].n)
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class DB:
    def __init__(self, url):
        self.url = url
print(DB("a").url, DB("b").url, DB("x") is DB("y"))
