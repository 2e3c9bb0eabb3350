# __match_args__ naming a missing attribute
class Broken:
    __match_args__ = ("a", "missing")
    def __init__(self):
        self.a = 1

match Broken():
    case Broken(1):
        print("one positional ok")

match Broken():
    case Broken(1, 2):
        print("no")
