class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *args):
        print("exit", self.name, args[0] is None)
        return None
with Ctx("a") as a, Ctx("b") as b:
    print(a, b)
with (
    Ctx("c") as c,
    Ctx("d"),
):
    print("paren form", c)
class Sup:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, ArithmeticError)
for exc in (ZeroDivisionError, OverflowError, KeyError):
    try:
        with Sup():
            raise exc("x")
        print("suppressed", exc.__name__)
    except KeyError:
        print("escaped", exc.__name__)
