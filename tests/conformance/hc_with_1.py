class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError
with Managed("a") as a, Managed("b") as b:
    print("body", a.name, b.name)
with Managed("c"):
    raise KeyError("swallowed")
print("continued")
with Managed("d"):
    raise ValueError("propagates")
