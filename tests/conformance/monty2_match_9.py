# match on class without __match_args__ with positional pattern
class Plain:
    def __init__(self, v):
        self.v = v

match Plain(1):
    case Plain(v=1):
        print("matched by keyword")

match Plain(2):
    case Plain(v):
        print("positional", v)
