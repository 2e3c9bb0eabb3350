# too many positional sub-patterns
class Pair:
    __match_args__ = ("a",)
    def __init__(self, a, b):
        self.a, self.b = a, b

match Pair(1, 2):
    case Pair(a=1, b=b):
        print("kw", b)

match Pair(1, 2):
    case Pair(x, y):
        print(x, y)
