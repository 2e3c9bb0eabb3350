# match with __match_args__ on a regular class
class Cmd:
    __match_args__ = ("name", "arg")
    def __init__(self, name, arg=None):
        self.name, self.arg = name, arg
def go(c):
    match c:
        case Cmd("echo", str(a)):
            return a
        case Cmd("add", (x, y)):
            return x + y
        case Cmd(name, None):
            return f"{name}: no arg"
        case Cmd(name=n):
            return f"{n}?"
print(go(Cmd("echo", "hi")), go(Cmd("add", (2, 3))), go(Cmd("ls")), go(Cmd("x", 5)))
class NoArgs:
    pass
match NoArgs():
    case NoArgs(1):
        pass
