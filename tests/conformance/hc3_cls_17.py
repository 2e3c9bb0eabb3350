class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError
with Ctx("a") as c:
    print("body", c.name)
with Ctx("b"):
    raise KeyError("swallowed")
print("after b")
with Ctx("outer"), Ctx("inner"):
    print("both")
with Ctx("c"):
    raise ValueError("propagates")
